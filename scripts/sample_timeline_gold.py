"""List the articles of a blind timeline gold (``timeline_fresh.jsonl``, ``timeline_blind2.jsonl``; issue 18).

Usage::

    python scripts/sample_timeline_gold.py /work/shared/corpora/saudinewsnet/dev.jsonl.gz \\
        /work/shared/corpora/bbc_arabic_2017/articles.jsonl.gz --exclude tests/fixtures/gold/*.jsonl

Outlets are the test outlets of ``scripts/sample_gold.py`` (alyaum, almadina, alwatan, okaz) plus
bbc_arabic. Per outlet, the articles of 400-5000 characters not in any gold file are shuffled with
``random.Random(seed)`` (default 2026; one generator, outlets in sorted order) and taken in that order:
``--economy`` articles about company results or markets, then ``--sport`` articles about matches or
seasons, then ``--religion`` articles about Ramadan, Eid, Hajj or with Hijri dates (an article is taken
once, by the first category it fits). SaudiNewsNet has no section: categories are keyword tests on
title and text; BBC Arabic uses its ``section`` (business, sports) for economy and sport and the keyword
test for religion, ``page_kind == "article"`` only. Prints ``category<TAB>article_id<TAB>outlet<TAB>chars``;
no article text is written anywhere. ``timeline_fresh.jsonl`` itself is never excluded, so the command
above lists the same 40 articles after the gold exists.

``timeline_blind2.jsonl`` (40 articles, fourth round) was drawn with a new seed, two runs, the gold it
samples for named with ``--own`` so that its own articles stay eligible. SaudiNewsNet: the outlets least
used by the earlier timeline gold (aawsat 3, sabq 5, aljazirah 6, alriyadh 7, 3alyoum 10 articles;
arreyadi none), 2 economy + 1 sport + 1 religion + 1 of any kind each (arreyadi has no economy article;
28 articles)::

    python scripts/sample_timeline_gold.py /work/shared/corpora/saudinewsnet/dev.jsonl.gz \
        --exclude tests/fixtures/gold/timeline_*.jsonl --own timeline_blind2.jsonl --seed 4242 \
        --outlets 3alyoum aawsat aljazirah alriyadh arreyadi sabq --economy 2 --sport 1 --religion 1 --any 1

BBC Arabic: 3 business + 3 sports + 2 religion (none of its remaining articles fits the keyword test), then 6
articles of any section (``--any``), 12 articles::

    python scripts/sample_timeline_gold.py /work/shared/corpora/bbc_arabic_2017/articles.jsonl.gz \
        --exclude tests/fixtures/gold/timeline_*.jsonl --own timeline_blind2.jsonl --seed 4242 \
        --outlets bbc_arabic --economy 3 --sport 3 --religion 2 --any 6

``timeline_blind3.jsonl`` (30 articles, fifth round): seed 777, articles of 400-2000 characters (so that 30 could be
annotated by hand in the time the round had), 5 SaudiNewsNet outlets x (1 economy + 1 sport + 1 religion + 1 any)
and BBC Arabic 2 business + 2 sports + 6 any (no BBC page left passed the religion keywords)::

    python scripts/sample_timeline_gold.py /work/shared/corpora/saudinewsnet/dev.jsonl.gz \
        --exclude tests/fixtures/gold/timeline_*.jsonl --own timeline_blind3.jsonl --seed 777 --max-chars 2000 \
        --outlets aleqtisadiya almadina alweeam alyaum okaz --economy 1 --sport 1 --religion 1 --any 1
    python scripts/sample_timeline_gold.py /work/shared/corpora/bbc_arabic_2017/articles.jsonl.gz \
        --exclude tests/fixtures/gold/timeline_*.jsonl --own timeline_blind3.jsonl --seed 777 --max-chars 2000 \
        --outlets bbc_arabic --economy 2 --sport 2 --religion 2 --any 6

``timeline_blind4.jsonl`` (30 articles, seventh round): seed 9090, articles of 400-2500 characters. SaudiNewsNet: the
outlets least used by the earlier timeline gold (arreyadi 3, aawsat 8, sabq 10, aljazirah 11, alriyadh 12 articles;
none of them in blind3), 1 economy + 1 sport + 1 religion + 1 any each (arreyadi has no economy article left: 19
articles), then the twentieth, an economy article, from alwatan (13), the next least used; BBC Arabic 2 business +
2 sports + 6 any (no religion, none is left)::

    python scripts/sample_timeline_gold.py /work/shared/corpora/saudinewsnet/dev.jsonl.gz \
        --exclude tests/fixtures/gold/timeline_*.jsonl --own timeline_blind4.jsonl --seed 9090 --max-chars 2500 \
        --outlets aawsat aljazirah alriyadh arreyadi sabq --economy 1 --sport 1 --religion 1 --any 1
    python scripts/sample_timeline_gold.py /work/shared/corpora/saudinewsnet/dev.jsonl.gz \
        --exclude tests/fixtures/gold/timeline_*.jsonl --own timeline_blind4.jsonl --seed 9090 --max-chars 2500 \
        --outlets alwatan --economy 1 --sport 0 --religion 0 --any 0
    python scripts/sample_timeline_gold.py /work/shared/corpora/bbc_arabic_2017/articles.jsonl.gz \
        --exclude tests/fixtures/gold/timeline_*.jsonl --own timeline_blind4.jsonl --seed 9090 --max-chars 2500 \
        --outlets bbc_arabic --economy 2 --sport 2 --religion 0 --any 6

``timeline_blind5.jsonl`` (30 articles, ninth round): seed 9191, articles of 400-2500 characters. SaudiNewsNet: the
outlets least used by the earlier timeline gold (arreyadi 6, aawsat 12, alwatan 14, sabq 14 articles), 1 economy + 1
sport + 1 religion + 1 any each, arreyadi without economy (15 articles); BBC Arabic 2 business + 2 sports + 6 any::

    python scripts/sample_timeline_gold.py /work/shared/corpora/saudinewsnet/dev.jsonl.gz \
        --exclude tests/fixtures/gold/timeline_*.jsonl --own timeline_blind5.jsonl --seed 9191 --max-chars 2500 \
        --outlets aawsat alwatan sabq --economy 1 --sport 1 --religion 1 --any 1
    python scripts/sample_timeline_gold.py /work/shared/corpora/saudinewsnet/dev.jsonl.gz \
        --exclude tests/fixtures/gold/timeline_*.jsonl --own timeline_blind5.jsonl --seed 9191 --max-chars 2500 \
        --outlets arreyadi --economy 0 --sport 1 --religion 1 --any 1
    python scripts/sample_timeline_gold.py /work/shared/corpora/bbc_arabic_2017/articles.jsonl.gz \
        --exclude tests/fixtures/gold/timeline_*.jsonl --own timeline_blind5.jsonl --seed 9191 --max-chars 2500 \
        --outlets bbc_arabic --economy 2 --sport 2 --religion 0 --any 6

Its other 5 articles are the saved news pages of ``/work/shared/corpora/html/`` (all five ``*.html``; the script reads
the two jsonl corpora only, so they are listed by hand), the only text held from other countries and years: CNN Arabic
2013, Al-Bayan 2020, Al-Yaum 2020, LBCI 2026 and Assabah (Tunisia), each one article as :func:`newslib.read_articles`
reads the file.

``timeline_blind6.jsonl`` (30 articles, eleventh round, blind and unscored): seed 6262, articles of 400-2500 characters.
SaudiNewsNet: the outlets least used by the earlier timeline golds (arreyadi 9, aljazirah 15, 3alyoum 15, aawsat 16,
alriyadh 16 articles), in the mix issue 18 asks for: 3alyoum, aawsat, aljazirah 2 economy + 1 sport + 1 religion each,
alriyadh 2 economy + 1 sport + 1 any, arreyadi (no economy article) 2 sport + 2 any, 20 articles (8 economy, 6 sport,
3 religion, 3 any); BBC Arabic 2 business + 2 sports + 6 any (three of them middle east)::

    python scripts/sample_timeline_gold.py /work/shared/corpora/saudinewsnet/dev.jsonl.gz \
        --exclude tests/fixtures/gold/timeline_*.jsonl --own timeline_blind6.jsonl --seed 6262 --max-chars 2500 \
        --outlets 3alyoum aawsat aljazirah --economy 2 --sport 1 --religion 1 --any 0
    python scripts/sample_timeline_gold.py /work/shared/corpora/saudinewsnet/dev.jsonl.gz \
        --exclude tests/fixtures/gold/timeline_*.jsonl --own timeline_blind6.jsonl --seed 6262 --max-chars 2500 \
        --outlets alriyadh --economy 2 --sport 1 --religion 0 --any 1
    python scripts/sample_timeline_gold.py /work/shared/corpora/saudinewsnet/dev.jsonl.gz \
        --exclude tests/fixtures/gold/timeline_*.jsonl --own timeline_blind6.jsonl --seed 6262 --max-chars 2500 \
        --outlets arreyadi --economy 0 --sport 2 --religion 0 --any 2
    python scripts/sample_timeline_gold.py /work/shared/corpora/bbc_arabic_2017/articles.jsonl.gz \
        --exclude tests/fixtures/gold/timeline_*.jsonl --own timeline_blind6.jsonl --seed 6262 --max-chars 2500 \
        --outlets bbc_arabic --economy 2 --sport 2 --religion 0 --any 6

``timeline_blind7.jsonl`` (30 articles, thirteenth round, blind and unscored): seed 7373, articles of 400-2500
characters. SaudiNewsNet: all twelve outlets, at most 2 each, two from six of the outlets the earlier timeline golds
used least (arreyadi 13, okaz 17, alwatan 18, aleqtisadiya 19, alweeam 19, aljazirah 19 articles; sabq, 18, had no
economy article left and gave its sport article only), one from each other, in issue 18's mix: 7 economy, 5 sport, 3
religion or society, 3 any (18 articles). Nine runs; aljazirah's sport article is the same in the sixth and ninth runs
(it is the first outlet of the sixth, so its shuffle is the same), its economy article is taken from the ninth::

    O="--exclude tests/fixtures/gold/timeline_*.jsonl --own timeline_blind7.jsonl --seed 7373 --max-chars 2500"
    C=/work/shared/corpora/saudinewsnet/dev.jsonl.gz
    python scripts/sample_timeline_gold.py $C $O --outlets okaz alwatan --economy 1 --sport 0 --religion 1 --any 0
    python scripts/sample_timeline_gold.py $C $O --outlets sabq --economy 1 --sport 1 --religion 0 --any 0
    python scripts/sample_timeline_gold.py $C $O --outlets arreyadi alweeam --economy 0 --sport 1 --religion 0 --any 1
    python scripts/sample_timeline_gold.py $C $O --outlets aleqtisadiya --economy 2 --sport 0 --religion 0 --any 0
    python scripts/sample_timeline_gold.py $C $O --outlets 3alyoum alriyadh --economy 1 --sport 0 --religion 0 --any 0
    python scripts/sample_timeline_gold.py $C $O --outlets aljazirah almadina --economy 0 --sport 1 --religion 0 --any 0
    python scripts/sample_timeline_gold.py $C $O --outlets aawsat --economy 0 --sport 0 --religion 1 --any 0
    python scripts/sample_timeline_gold.py $C $O --outlets alyaum --economy 0 --sport 0 --religion 0 --any 1
    python scripts/sample_timeline_gold.py $C $O --outlets aljazirah --economy 1 --sport 1 --religion 0 --any 0

BBC Arabic: 2 business + 2 sports, then the first 8 of 10 articles of any section in the order printed (6 world, 1 middle
east, 1 business; the last two, bbc-world-40540922 and bbc-middleeast-40885851, left out), 12 articles; none is about
Saudi Arabia but the first (Egypt and Aramco)::

    python scripts/sample_timeline_gold.py /work/shared/corpora/bbc_arabic_2017/articles.jsonl.gz $O \
        --outlets bbc_arabic --economy 2 --sport 2 --religion 0 --any 10

``timeline_blind8.jsonl`` (30 articles, fifteenth round, blind and unscored): articles of 400-2500 characters.
SaudiNewsNet: one article of any kind from each of the twelve outlets (seed 8484), then 3 economy (aleqtisadiya,
alyaum, okaz; seed 8585) and 3 sport (almadina, alriyadh, arreyadi; seed 8686), 18 articles::

    O="--exclude tests/fixtures/gold/timeline_*.jsonl --own timeline_blind8.jsonl --max-chars 2500"
    C=/work/shared/corpora/saudinewsnet/dev.jsonl.gz
    python scripts/sample_timeline_gold.py $C $O --seed 8484 --economy 0 --sport 0 --religion 0 --any 1 \
        --outlets 3alyoum aawsat aleqtisadiya aljazirah almadina alriyadh alwatan alweeam alyaum arreyadi okaz sabq
    python scripts/sample_timeline_gold.py $C $O --seed 8585 --economy 1 --sport 0 --religion 0 --any 0 \
        --outlets aleqtisadiya alyaum okaz
    python scripts/sample_timeline_gold.py $C $O --seed 8686 --economy 0 --sport 1 --religion 0 --any 0 \
        --outlets arreyadi alriyadh almadina

BBC Arabic: the first 12 of seed 8484's order whose BBC id is at least 40,400,000 (ids grow with time: pages of about
June-August 2017, close to the crawl day 2017-08-11 that is their ``dct``), 5 sports, 5 world, 1 business, 1 middle
east; the next four in that order were kept as spares and not needed. 121 expressions (88 date, 5 time, 25 duration,
3 set; 62 SaudiNewsNet, 59 BBC), four articles with none::

    python scripts/sample_timeline_gold.py /work/shared/corpora/bbc_arabic_2017/articles.jsonl.gz $O --seed 8484 \
        --outlets bbc_arabic --economy 0 --sport 0 --religion 0 --any 300

``timeline_blind9.jsonl`` (30 articles, blind and unscored, annotated 2026-12-06): articles of 400-2500 characters.
SaudiNewsNet: one article of any kind from each of the twelve outlets (seed 9494), then 3 economy (3alyoum, aawsat,
alriyadh; seed 9595), 3 religion (alwatan, okaz, sabq; seed 9696) and 4 sport (aljazirah, alyaum, almadina, alweeam;
seed 9797), 22 articles::

    O="--exclude tests/fixtures/gold/timeline_*.jsonl --own timeline_blind9.jsonl --max-chars 2500"
    C=/work/shared/corpora/saudinewsnet/dev.jsonl.gz
    python scripts/sample_timeline_gold.py $C $O --seed 9494 --economy 0 --sport 0 --religion 0 --any 1 \
        --outlets 3alyoum aawsat aleqtisadiya aljazirah almadina alriyadh alwatan alweeam alyaum arreyadi okaz sabq
    python scripts/sample_timeline_gold.py $C $O --seed 9595 --economy 1 --sport 0 --religion 0 --any 0 \
        --outlets 3alyoum aawsat alriyadh
    python scripts/sample_timeline_gold.py $C $O --seed 9696 --economy 0 --sport 0 --religion 1 --any 0 \
        --outlets alwatan okaz sabq
    python scripts/sample_timeline_gold.py $C $O --seed 9797 --economy 0 --sport 1 --religion 0 --any 0 \
        --outlets aljazirah alyaum almadina alweeam

BBC Arabic: the first 8 of seed 9494's order whose BBC id is in [39,000,000, 40,000,000) (pages of about February-May
2017, outside the id range the fifteenth round's corpus audit read; their ``dct`` is still the crawl day 2017-08-11),
7 world and 1 sports. 120 expressions (85 date, 13 time, 20 duration, 2 set; 92 SaudiNewsNet, 28 BBC), three articles
with none::

    python scripts/sample_timeline_gold.py /work/shared/corpora/bbc_arabic_2017/articles.jsonl.gz $O --seed 9494 \
        --outlets bbc_arabic --economy 0 --sport 0 --religion 0 --any 300

``timeline_blind10.jsonl`` (30 articles, blind and unscored, annotated 2026-12-06): articles of 400-2500 characters.
SaudiNewsNet: one article of any kind from each of the twelve outlets (seed 1010), then 4 economy (aleqtisadiya,
alwatan, okaz, alyaum; seed 1011) and 4 sport (sabq, alriyadh, aawsat, 3alyoum; seed 1012), 20 articles::

    O="--exclude tests/fixtures/gold/timeline_*.jsonl --own timeline_blind10.jsonl --max-chars 2500"
    C=/work/shared/corpora/saudinewsnet/dev.jsonl.gz
    python scripts/sample_timeline_gold.py $C $O --seed 1010 --economy 0 --sport 0 --religion 0 --any 1 \
        --outlets 3alyoum aawsat aleqtisadiya aljazirah almadina alriyadh alwatan alweeam alyaum arreyadi okaz sabq
    python scripts/sample_timeline_gold.py $C $O --seed 1011 --economy 1 --sport 0 --religion 0 --any 0 \
        --outlets aleqtisadiya alwatan okaz alyaum
    python scripts/sample_timeline_gold.py $C $O --seed 1012 --economy 0 --sport 1 --religion 0 --any 0 \
        --outlets sabq alriyadh aawsat 3alyoum

BBC Arabic: the first 10 of seed 1010's order whose BBC id is in [39,000,000, 40,000,000) (pages of about February-May
2017; their ``dct`` is still the crawl day 2017-08-11), 5 world, 3 sports and 2 business. 141 expressions (114 date,
4 time, 22 duration, 1 set; 90 SaudiNewsNet, 51 BBC), five articles with none::

    python scripts/sample_timeline_gold.py /work/shared/corpora/bbc_arabic_2017/articles.jsonl.gz $O --seed 1010 \
        --outlets bbc_arabic --economy 0 --sport 0 --religion 0 --any 300

``timeline_blind11.jsonl`` (29 articles, blind and unscored, annotated 2026-12-06): articles of 400-2500 characters.
SaudiNewsNet: one article of any kind from each of the twelve outlets (seed 1111), then 3 economy (aljazirah, alriyadh,
3alyoum; sabq had no economy article left; seed 1112) and 4 religion (aawsat, almadina, alweeam, okaz; seed 1113),
19 articles::

    O="--exclude tests/fixtures/gold/timeline_*.jsonl --own timeline_blind11.jsonl --max-chars 2500"
    C=/work/shared/corpora/saudinewsnet/dev.jsonl.gz
    python scripts/sample_timeline_gold.py $C $O --seed 1111 --economy 0 --sport 0 --religion 0 --any 1 \
        --outlets 3alyoum aawsat aleqtisadiya aljazirah almadina alriyadh alwatan alweeam alyaum arreyadi okaz sabq
    python scripts/sample_timeline_gold.py $C $O --seed 1112 --economy 1 --sport 0 --religion 0 --any 0 \
        --outlets aljazirah alriyadh sabq 3alyoum
    python scripts/sample_timeline_gold.py $C $O --seed 1113 --economy 0 --sport 0 --religion 1 --any 0 \
        --outlets aawsat almadina alweeam okaz

BBC Arabic: the first 10 of seed 1111's order whose BBC id is in [39,000,000, 40,000,000) (pages of about February-May
2017; their ``dct`` is still the crawl day 2017-08-11), 7 world, 2 business and 1 sports. 119 expressions (77 date,
3 time, 32 duration, 7 set; 82 SaudiNewsNet, 37 BBC), one article with none::

    python scripts/sample_timeline_gold.py /work/shared/corpora/bbc_arabic_2017/articles.jsonl.gz $O --seed 1111 \
        --outlets bbc_arabic --economy 0 --sport 0 --religion 0 --any 300

``timeline_blind12.jsonl`` (30 articles, blind and unscored, annotated 2026-12-06): articles of 400-2500 characters.
SaudiNewsNet: one article of any kind from each of the twelve outlets (seed 1212), then 4 economy (aawsat, almadina,
alweeam, aleqtisadiya; seed 1213) and 4 sport (okaz, alyaum, alwatan, arreyadi; seed 1214), 20 articles::

    O="--exclude tests/fixtures/gold/timeline_*.jsonl --own timeline_blind12.jsonl --max-chars 2500"
    C=/work/shared/corpora/saudinewsnet/dev.jsonl.gz
    python scripts/sample_timeline_gold.py $C $O --seed 1212 --economy 0 --sport 0 --religion 0 --any 1 \
        --outlets 3alyoum aawsat aleqtisadiya aljazirah almadina alriyadh alwatan alweeam alyaum arreyadi okaz sabq
    python scripts/sample_timeline_gold.py $C $O --seed 1213 --economy 1 --sport 0 --religion 0 --any 0 \
        --outlets aawsat almadina alweeam aleqtisadiya
    python scripts/sample_timeline_gold.py $C $O --seed 1214 --economy 0 --sport 1 --religion 0 --any 0 \
        --outlets okaz alyaum alwatan arreyadi

BBC Arabic: the first 10 of seed 1212's order whose BBC id is in [39,000,000, 40,000,000) (pages of about February-May
2017, 11 such pages were left; their ``dct`` is still the crawl day 2017-08-11), 3 world, 1 middleeast, 3 business and
3 sports. 121 expressions (88 date, 5 time, 22 duration, 6 set; 72 SaudiNewsNet, 49 BBC), one article with none::

    python scripts/sample_timeline_gold.py /work/shared/corpora/bbc_arabic_2017/articles.jsonl.gz $O --seed 1212 \
        --outlets bbc_arabic --economy 0 --sport 0 --religion 0 --any 300

``timeline_blind13.jsonl`` (30 articles, blind and unscored, annotated 2026-12-06): articles of 400-2500 characters.
SaudiNewsNet: one article of any kind from each of the twelve outlets (seed 1331), then 3 economy (aleqtisadiya, alyaum,
alriyadh; aljazirah had no economy article left; seed 1332), 4 religion or society (okaz, sabq, almadina, alweeam; seed
1333) and 1 sport (alwatan; seed 1334), 20 articles::

    O="--exclude tests/fixtures/gold/timeline_*.jsonl --own timeline_blind13.jsonl --max-chars 2500"
    C=/work/shared/corpora/saudinewsnet/dev.jsonl.gz
    python scripts/sample_timeline_gold.py $C $O --seed 1331 --economy 0 --sport 0 --religion 0 --any 1 \
        --outlets 3alyoum aawsat aleqtisadiya aljazirah almadina alriyadh alwatan alweeam alyaum arreyadi okaz sabq
    python scripts/sample_timeline_gold.py $C $O --seed 1332 --economy 1 --sport 0 --religion 0 --any 0 \
        --outlets aleqtisadiya alyaum aljazirah alriyadh
    python scripts/sample_timeline_gold.py $C $O --seed 1333 --economy 0 --sport 0 --religion 1 --any 0 \
        --outlets okaz sabq almadina alweeam
    python scripts/sample_timeline_gold.py $C $O --seed 1334 --economy 0 --sport 1 --religion 0 --any 0 \
        --outlets alwatan

BBC Arabic: the first 10 of seed 1313's order whose BBC id is at least 40,000,000 (pages of about June-August 2017)
and not among the 30 BBC pages of the fifteenth round's corpus audit (51 such pages were left; their ``dct`` is the
crawl day 2017-08-11), 4 middleeast, 2 world, 2 business and 2 sports. 101 expressions (71 date, 6 time, 20 duration,
4 set; 61 SaudiNewsNet, 40 BBC), five articles with none::

    python scripts/sample_timeline_gold.py /work/shared/corpora/bbc_arabic_2017/articles.jsonl.gz $O --seed 1313 \
        --outlets bbc_arabic --economy 0 --sport 0 --religion 0 --any 300

``timeline_blind14.jsonl`` (30 articles, blind and unscored, annotated 2026-12-06): SaudiNewsNet only, articles of
400-2500 characters, none in any timeline gold nor in the corpus audits of the fifteenth, seventeenth and twenty-second
rounds (their ids given to ``--exclude`` as ``tests/fixtures/timeline_audit_ids.jsonl``, one ``{"article_id"}`` a line).
One article of any kind from each of the twelve outlets (seed 1441), then 6 economy (3alyoum, aawsat, aleqtisadiya,
alwatan, okaz; sabq had none left, so alriyadh with seed 1445; seed 1442), 6 sport (aljazirah, almadina, alriyadh,
alweeam, alyaum, arreyadi; seed 1443) and 6 religion or society (aawsat, alriyadh, alwatan, okaz, sabq, 3alyoum; seed
1444). 126 expressions (102 date, 20 duration, 4 time), six articles with none::

    X="tests/fixtures/gold/timeline_*.jsonl tests/fixtures/timeline_audit_ids.jsonl"
    O="--exclude $X --own timeline_blind14.jsonl --max-chars 2500"
    C=/work/shared/corpora/saudinewsnet/dev.jsonl.gz
    python scripts/sample_timeline_gold.py $C $O --seed 1441 --economy 0 --sport 0 --religion 0 --any 1 \
        --outlets 3alyoum aawsat aleqtisadiya aljazirah almadina alriyadh alwatan alweeam alyaum arreyadi okaz sabq
    python scripts/sample_timeline_gold.py $C $O --seed 1442 --economy 1 --sport 0 --religion 0 --any 0 \
        --outlets 3alyoum aawsat aleqtisadiya alwatan okaz sabq
    python scripts/sample_timeline_gold.py $C $O --seed 1445 --economy 1 --sport 0 --religion 0 --any 0 \
        --outlets alriyadh
    python scripts/sample_timeline_gold.py $C $O --seed 1443 --economy 0 --sport 1 --religion 0 --any 0 \
        --outlets aljazirah almadina alriyadh alweeam alyaum arreyadi
    python scripts/sample_timeline_gold.py $C $O --seed 1444 --economy 0 --sport 0 --religion 1 --any 0 \
        --outlets aawsat alriyadh alwatan okaz sabq 3alyoum

``timeline_blind15.jsonl`` (30 articles, blind and unscored, annotated 2026-12-06): none in any timeline gold nor in the
corpus audits of the fifteenth, seventeenth, twenty-second, twenty-third and twenty-sixth rounds (358 ids:
``tests/fixtures/timeline_audit_ids.jsonl`` and ``tests/fixtures/timeline_audit_ids_tl23_tl26.jsonl``). SaudiNewsNet: one article of any kind from each of the twelve
outlets, 400-2500 characters (seed 1551), 12 articles (this command reproduces them; blind15 itself left out of the
excluded golds)::

    X="$(ls tests/fixtures/gold/timeline_*.jsonl | grep -v blind15) tests/fixtures/timeline_audit_ids*.jsonl"
    python scripts/sample_timeline_gold.py /work/shared/corpora/saudinewsnet/dev.jsonl.gz --exclude $X --seed 1551 \
        --any 1 --economy 0 --sport 0 --religion 0 --min-chars 400 --max-chars 2500 \
        --outlets 3alyoum aawsat aleqtisadiya aljazirah almadina alriyadh alwatan alweeam alyaum arreyadi okaz sabq

BBC Arabic: 18 pages of 500-3500 characters, ``random.Random(1552).sample(ids, 18)`` over the ids of the 167 eligible
pages (not in those files nor any timeline gold but blind15), sorted (a lead snippet, not this script; ``dct`` is the
crawl day 2017-08-11). 140 expressions (111 date, 23 duration, 4 time,
2 set; 23 SaudiNewsNet, 117 BBC), four articles with none.

``timeline_blind16.jsonl`` (30 articles, blind and unscored, annotated 2026-12-06): none in any timeline gold (blind15
included) nor in the corpus audits of the fifteenth, seventeenth, twenty-second, twenty-third, twenty-sixth,
twenty-ninth and thirtieth rounds (463 ids: the thirteenth session's exclusion list and
``tests/fixtures/timeline_audit*.jsonl``, joined by the lead as ``/tmp/s14/tl_excl.jsonl``). SaudiNewsNet: one article
of any kind from each of the twelve outlets, 400-2500 characters (seed 1661), 12 articles::

    python scripts/sample_timeline_gold.py /work/shared/corpora/saudinewsnet/dev.jsonl.gz \
        --exclude tests/fixtures/gold/timeline_*.jsonl /tmp/s14/tl_excl.jsonl --seed 1661 \
        --any 1 --economy 0 --sport 0 --religion 0 --min-chars 400 --max-chars 2500 \
        --outlets 3alyoum aawsat aleqtisadiya aljazirah almadina alriyadh alwatan alweeam alyaum arreyadi okaz sabq

BBC Arabic: 18 pages of 500-3500 characters, ``random.Random(1662).sample(ids, 18)`` over the ids of the 107 eligible
pages sorted (a lead snippet, not this script; ``dct`` is the crawl day 2017-08-11). 153 expressions (92 date,
47 duration, 8 time, 6 set; 26 SaudiNewsNet, 127 BBC), four articles with none.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re

OWN_GOLD = "timeline_fresh.jsonl"
OUTLETS = ("almadina", "alwatan", "alyaum", "bbc_arabic", "okaz")

# A results statement or a market report.
ECONOMY = re.compile(r"صافي الربح|صافي الأرباح|أرباح|الربع (?:الأول|الثاني|الثالث|الرابع)|النصف الأول|مؤشر السوق|سوق الأسهم|تداولات")
# A match report, a league or a season.
SPORT = re.compile(r"الدوري|مباراة|الموسم")
# Ramadan, Eid, Hajj or a Hijri date (not a bare رمضان, which is also a first name: رمضان صبحي).
RELIGION = re.compile(r"شهر رمضان|رمضان المبارك|في رمضان|العشر الأواخر|العيد|عيد الفطر|عيد الأضحى|الحج\b|الحجاج|\d\s*هـ|[٠-٩]\s*هـ")
# Words that mark the sport and economy categories (at least one needed besides the keyword test).
SPORT_CONTEXT = re.compile(r"نادي|النادي|فريق|الفريق|لاعب|اللاعب|مدرب|المدرب|هدف|ملعب|المنتخب")
ECONOMY_CONTEXT = re.compile(r"شركة|الشركة|مليون|مليار|ريال|السهم|المؤشر|البنك")


def category(row: dict) -> list[str]:
    """The categories an article fits, in the order they are filled."""
    head = (row.get("title") or "") + "\n" + row["text"]
    if row["source"] == "bbc_arabic":
        cats = {"business": ["economy"], "sports": ["sport"]}.get(row.get("section"), [])
    else:
        cats = []
        if ECONOMY.search(head) and ECONOMY_CONTEXT.search(head):
            cats.append("economy")
        if SPORT.search(head) and SPORT_CONTEXT.search(head):
            cats.append("sport")
    if RELIGION.search(head):
        cats.append("religion")
    return cats


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="+", help="corpus files (SaudiNewsNet dev, BBC Arabic 2017)")
    ap.add_argument("--exclude", nargs="*", default=[], help="gold files whose articles are left out")
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--economy", type=int, default=3, help="economy articles per outlet")
    ap.add_argument("--sport", type=int, default=3, help="sport articles per outlet")
    ap.add_argument("--religion", type=int, default=2, help="religion/society articles per outlet")
    ap.add_argument("--any", type=int, default=0, help="then this many articles of any kind per outlet")
    ap.add_argument("--outlets", nargs="+", default=list(OUTLETS), help="outlets (source column) to sample")
    ap.add_argument("--own", default=OWN_GOLD, help="the gold file sampled for: its articles stay eligible")
    ap.add_argument("--min-chars", type=int, default=400)
    ap.add_argument("--max-chars", type=int, default=5000)
    args = ap.parse_args()

    import newslib as nl

    excluded = set()
    for path in args.exclude:
        if os.path.basename(path) == args.own:  # the gold this script samples for: its articles stay eligible
            continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip() and not line.lstrip().startswith("//"):
                    excluded.add(json.loads(line)["article_id"])
    rows = []
    for path in args.corpus:
        arts = nl.read_articles(path)
        for r in arts.to_dict("records"):
            if r.get("source") not in args.outlets or r["article_id"] in excluded:
                continue
            if r.get("page_kind") not in (None, "article") and r["source"] == "bbc_arabic":
                continue
            if not isinstance(r["text"], str) or not args.min_chars <= len(r["text"]) <= args.max_chars:
                continue
            rows.append({k: (None if not isinstance(r.get(k), str) else r[k]) for k in ("article_id", "source", "title", "text", "section")})
    rng = random.Random(args.seed)
    quota = {"economy": args.economy, "sport": args.sport, "religion": args.religion, "any": args.any}
    for outlet in sorted(args.outlets):
        group = sorted((r for r in rows if r["source"] == outlet), key=lambda r: r["article_id"])
        rng.shuffle(group)
        taken: set[str] = set()
        for cat in ("economy", "sport", "religion", "any"):
            n = 0
            for r in group:
                if n == quota[cat]:
                    break
                if r["article_id"] not in taken and (cat == "any" or cat in category(r)):
                    print(f"{cat}\t{r['article_id']}\t{outlet}\t{len(r['text'])}")
                    taken.add(r["article_id"])
                    n += 1


if __name__ == "__main__":
    main()
