-- Articles: one row per stored article. doc holds the document's JSON
-- without its text (the text is in the text column, indexed by FTS5).
CREATE TABLE articles (
	id           INTEGER PRIMARY KEY,
	doc_id       TEXT NOT NULL UNIQUE,
	hash         TEXT NOT NULL,
	title        TEXT NOT NULL,
	published    TEXT NOT NULL,
	publisher    TEXT NOT NULL,
	source       TEXT NOT NULL,
	url          TEXT NOT NULL,
	text         TEXT NOT NULL,
	doc          TEXT NOT NULL,
	n_events     INTEGER NOT NULL,
	n_statements INTEGER NOT NULL,
	stored_at    TEXT NOT NULL
);
CREATE INDEX articles_hash ON articles(hash);
CREATE INDEX articles_published ON articles(published, id);

CREATE VIRTUAL TABLE articles_fts USING fts5(
	title, text, content='articles', content_rowid='id',
	tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN
	INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN
	INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER articles_fts_au AFTER UPDATE OF title, text ON articles BEGIN
	INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
	INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;

CREATE TABLE sentences (
	article   INTEGER NOT NULL,
	idx       INTEGER NOT NULL,
	start     INTEGER NOT NULL,
	end       INTEGER NOT NULL,
	paragraph INTEGER NOT NULL,
	text      TEXT NOT NULL,
	PRIMARY KEY (article, idx)
) WITHOUT ROWID;

CREATE TABLE entities (
	article INTEGER NOT NULL,
	eid     TEXT NOT NULL,
	name    TEXT NOT NULL,
	type    TEXT NOT NULL,
	actor   TEXT NOT NULL,
	country TEXT NOT NULL,
	rule    TEXT NOT NULL,
	PRIMARY KEY (article, eid)
) WITHOUT ROWID;
CREATE INDEX entities_actor ON entities(actor, article);
CREATE INDEX entities_name ON entities(name COLLATE NOCASE, article);

CREATE TABLE mentions (
	article  INTEGER NOT NULL,
	eid      TEXT NOT NULL,
	sentence INTEGER NOT NULL,
	start    INTEGER NOT NULL,
	end      INTEGER NOT NULL,
	text     TEXT NOT NULL,
	kind     TEXT NOT NULL
);
CREATE INDEX mentions_article ON mentions(article, eid);

CREATE TABLE events (
	id             INTEGER PRIMARY KEY,
	article        INTEGER NOT NULL,
	idx            INTEGER NOT NULL,
	sentence       INTEGER NOT NULL,
	source         TEXT NOT NULL,
	source_country TEXT NOT NULL,
	target         TEXT NOT NULL,
	target_country TEXT NOT NULL,
	code           TEXT NOT NULL,
	root           TEXT NOT NULL,
	quad           INTEGER NOT NULL,
	goldstein      REAL NOT NULL,
	plover         TEXT NOT NULL,
	plover_mode    TEXT NOT NULL,
	date           TEXT NOT NULL,
	negated        INTEGER NOT NULL,
	modality       TEXT NOT NULL,
	according_to   TEXT NOT NULL,
	statement      INTEGER NOT NULL,
	rule           TEXT NOT NULL,
	verb           TEXT NOT NULL
);
CREATE INDEX events_article ON events(article, idx);
CREATE INDEX events_date ON events(date, id);
CREATE INDEX events_source ON events(source, date);
CREATE INDEX events_target ON events(target, date);
-- events_dyad covers the dyad timeline of actor codes longer than a country.
CREATE INDEX events_dyad ON events(source_country, target_country, date, source, target, quad, goldstein, negated);
CREATE INDEX events_code ON events(code, date);

CREATE TABLE statements (
	id             INTEGER PRIMARY KEY,
	article        INTEGER NOT NULL,
	idx            INTEGER NOT NULL,
	sentence       INTEGER NOT NULL,
	speaker        TEXT NOT NULL,
	speaker_actor  TEXT NOT NULL,
	speaker_entity TEXT NOT NULL,
	cue            TEXT NOT NULL,
	direct         INTEGER NOT NULL,
	content        TEXT NOT NULL,
	according_to   TEXT NOT NULL,
	date           TEXT NOT NULL
);
CREATE INDEX statements_article ON statements(article, idx);
CREATE INDEX statements_speaker ON statements(speaker COLLATE NOCASE);
CREATE INDEX statements_actor ON statements(speaker_actor);

CREATE VIRTUAL TABLE statements_fts USING fts5(
	speaker, content, content='statements', content_rowid='id',
	tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER statements_fts_ai AFTER INSERT ON statements BEGIN
	INSERT INTO statements_fts(rowid, speaker, content) VALUES (new.id, new.speaker, new.content);
END;
CREATE TRIGGER statements_fts_ad AFTER DELETE ON statements BEGIN
	INSERT INTO statements_fts(statements_fts, rowid, speaker, content) VALUES ('delete', old.id, old.speaker, old.content);
END;

CREATE TABLE amounts (
	article  INTEGER NOT NULL,
	idx      INTEGER NOT NULL,
	sentence INTEGER NOT NULL,
	value    REAL NOT NULL,
	unit     TEXT NOT NULL,
	text     TEXT NOT NULL,
	about    TEXT NOT NULL,
	change   TEXT NOT NULL,
	PRIMARY KEY (article, idx)
) WITHOUT ROWID;

CREATE TABLE topics (
	article INTEGER NOT NULL,
	topic   TEXT NOT NULL,
	PRIMARY KEY (article, topic)
) WITHOUT ROWID;
CREATE INDEX topics_topic ON topics(topic, article);

-- dyad_days, dyad_months and dyad_years: per (source country, target
-- country, period) counts of non-negated two-sided events by QuadClass and
-- the sum of their Goldstein scores. Triggers keep them equal to aggregates
-- over events, so timelines and the network read a few rows per dyad and
-- period instead of every event. The period indexes cover the network's
-- query.
CREATE TABLE dyad_days (
	source TEXT NOT NULL, target TEXT NOT NULL, day TEXT NOT NULL,
	n INTEGER NOT NULL, q1 INTEGER NOT NULL, q2 INTEGER NOT NULL, q3 INTEGER NOT NULL, q4 INTEGER NOT NULL,
	gsum REAL NOT NULL,
	PRIMARY KEY (source, target, day)
) WITHOUT ROWID;
CREATE INDEX dyad_days_day ON dyad_days(day, source, target, n, gsum);
CREATE TABLE dyad_months (
	source TEXT NOT NULL, target TEXT NOT NULL, month TEXT NOT NULL,
	n INTEGER NOT NULL, q1 INTEGER NOT NULL, q2 INTEGER NOT NULL, q3 INTEGER NOT NULL, q4 INTEGER NOT NULL,
	gsum REAL NOT NULL,
	PRIMARY KEY (source, target, month)
) WITHOUT ROWID;
CREATE INDEX dyad_months_month ON dyad_months(month, source, target, n, gsum);
CREATE TABLE dyad_years (
	source TEXT NOT NULL, target TEXT NOT NULL, year TEXT NOT NULL,
	n INTEGER NOT NULL, q1 INTEGER NOT NULL, q2 INTEGER NOT NULL, q3 INTEGER NOT NULL, q4 INTEGER NOT NULL,
	gsum REAL NOT NULL,
	PRIMARY KEY (source, target, year)
) WITHOUT ROWID;
CREATE INDEX dyad_years_year ON dyad_years(year, source, target, n, gsum);

CREATE TRIGGER events_dyad_ai AFTER INSERT ON events
WHEN new.target_country <> '' AND new.source_country <> '' AND new.date <> '' AND new.negated = 0 BEGIN
	INSERT INTO dyad_days(source, target, day, n, q1, q2, q3, q4, gsum)
	VALUES (new.source_country, new.target_country, new.date, 1,
		new.quad = 1, new.quad = 2, new.quad = 3, new.quad = 4, new.goldstein)
	ON CONFLICT(source, target, day) DO UPDATE SET
		n = n + 1, q1 = q1 + excluded.q1, q2 = q2 + excluded.q2,
		q3 = q3 + excluded.q3, q4 = q4 + excluded.q4, gsum = gsum + excluded.gsum;
	INSERT INTO dyad_months(source, target, month, n, q1, q2, q3, q4, gsum)
	VALUES (new.source_country, new.target_country, substr(new.date, 1, 7), 1,
		new.quad = 1, new.quad = 2, new.quad = 3, new.quad = 4, new.goldstein)
	ON CONFLICT(source, target, month) DO UPDATE SET
		n = n + 1, q1 = q1 + excluded.q1, q2 = q2 + excluded.q2,
		q3 = q3 + excluded.q3, q4 = q4 + excluded.q4, gsum = gsum + excluded.gsum;
	INSERT INTO dyad_years(source, target, year, n, q1, q2, q3, q4, gsum)
	VALUES (new.source_country, new.target_country, substr(new.date, 1, 4), 1,
		new.quad = 1, new.quad = 2, new.quad = 3, new.quad = 4, new.goldstein)
	ON CONFLICT(source, target, year) DO UPDATE SET
		n = n + 1, q1 = q1 + excluded.q1, q2 = q2 + excluded.q2,
		q3 = q3 + excluded.q3, q4 = q4 + excluded.q4, gsum = gsum + excluded.gsum;
END;
CREATE TRIGGER events_dyad_ad AFTER DELETE ON events
WHEN old.target_country <> '' AND old.source_country <> '' AND old.date <> '' AND old.negated = 0 BEGIN
	UPDATE dyad_days SET n = n - 1, q1 = q1 - (old.quad = 1), q2 = q2 - (old.quad = 2),
		q3 = q3 - (old.quad = 3), q4 = q4 - (old.quad = 4), gsum = gsum - old.goldstein
	WHERE source = old.source_country AND target = old.target_country AND day = old.date;
	DELETE FROM dyad_days
	WHERE source = old.source_country AND target = old.target_country AND day = old.date AND n <= 0;
	UPDATE dyad_months SET n = n - 1, q1 = q1 - (old.quad = 1), q2 = q2 - (old.quad = 2),
		q3 = q3 - (old.quad = 3), q4 = q4 - (old.quad = 4), gsum = gsum - old.goldstein
	WHERE source = old.source_country AND target = old.target_country AND month = substr(old.date, 1, 7);
	DELETE FROM dyad_months
	WHERE source = old.source_country AND target = old.target_country AND month = substr(old.date, 1, 7) AND n <= 0;
	UPDATE dyad_years SET n = n - 1, q1 = q1 - (old.quad = 1), q2 = q2 - (old.quad = 2),
		q3 = q3 - (old.quad = 3), q4 = q4 - (old.quad = 4), gsum = gsum - old.goldstein
	WHERE source = old.source_country AND target = old.target_country AND year = substr(old.date, 1, 4);
	DELETE FROM dyad_years
	WHERE source = old.source_country AND target = old.target_country AND year = substr(old.date, 1, 4) AND n <= 0;
END;
