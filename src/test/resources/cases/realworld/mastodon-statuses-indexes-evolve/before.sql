-- Mastodon 2.9 (2019) statuses, before db/migrate/20190820003045_update_statuses_index.rb (index_statuses_20180106
-- replaced by index_statuses_20190820, the same columns restricted to rows not deleted) and
-- db/post_migrate/20220310060545/060556_optimize_null_index_statuses_in_reply_to_*.rb (update_index: the same name,
-- now partial, leaving out the NULLs that most statuses have). Mastodon builds each new index CONCURRENTLY before
-- it drops the old one. Trimmed to statuses and what its foreign keys need.
CREATE TABLE public.accounts (
    id bigint NOT NULL,
    username character varying DEFAULT ''::character varying NOT NULL,
    domain character varying
);
ALTER TABLE ONLY public.accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY (id);

CREATE TABLE public.statuses (
    id bigint NOT NULL,
    uri character varying,
    text text DEFAULT ''::text NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    in_reply_to_id bigint,
    reblog_of_id bigint,
    url character varying,
    sensitive boolean DEFAULT false NOT NULL,
    visibility integer DEFAULT 0 NOT NULL,
    spoiler_text text DEFAULT ''::text NOT NULL,
    reply boolean DEFAULT false NOT NULL,
    language character varying,
    conversation_id bigint,
    local boolean,
    account_id bigint NOT NULL,
    application_id bigint,
    in_reply_to_account_id bigint,
    poll_id bigint,
    deleted_at timestamp without time zone
);
ALTER TABLE ONLY public.statuses ADD CONSTRAINT statuses_pkey PRIMARY KEY (id);
CREATE INDEX index_statuses_20180106 ON public.statuses USING btree (account_id, id DESC, visibility, updated_at);
CREATE INDEX index_statuses_on_in_reply_to_account_id ON public.statuses USING btree (in_reply_to_account_id);
CREATE INDEX index_statuses_on_in_reply_to_id ON public.statuses USING btree (in_reply_to_id);
CREATE INDEX index_statuses_on_reblog_of_id_and_account_id ON public.statuses USING btree (reblog_of_id, account_id);
CREATE UNIQUE INDEX index_statuses_on_uri ON public.statuses USING btree (uri);
ALTER TABLE ONLY public.statuses ADD CONSTRAINT fk_9bda1543f7 FOREIGN KEY (account_id) REFERENCES public.accounts(id) ON DELETE CASCADE;
ALTER TABLE ONLY public.statuses ADD CONSTRAINT fk_c7fa917661 FOREIGN KEY (in_reply_to_account_id) REFERENCES public.accounts(id) ON DELETE SET NULL;
ALTER TABLE ONLY public.statuses ADD CONSTRAINT fk_rails_94a6f70399 FOREIGN KEY (in_reply_to_id) REFERENCES public.statuses(id) ON DELETE SET NULL;
ALTER TABLE ONLY public.statuses ADD CONSTRAINT fk_rails_256483a9ab FOREIGN KEY (reblog_of_id) REFERENCES public.statuses(id) ON DELETE CASCADE;

INSERT INTO public.accounts (id, username, domain)
SELECT i, 'user' || i, CASE WHEN i % 3 = 0 THEN 'remote.example' END FROM generate_series(1, 80) AS i;
INSERT INTO public.statuses (id, uri, text, created_at, updated_at, visibility, local, account_id, deleted_at)
SELECT 100000 + i, 'https://example.social/users/user' || (1 + i % 80) || '/statuses/' || (100000 + i), 'status ' || i,
       now() - i * interval '1 minute', now(), i % 4, i % 3 <> 0, 1 + i % 80,
       CASE WHEN i % 97 = 0 THEN now() END
FROM generate_series(1, 2000) AS i;
-- one status in eight is a reply
UPDATE public.statuses s SET in_reply_to_id = s.id - 1, reply = true,
       in_reply_to_account_id = (SELECT p.account_id FROM public.statuses p WHERE p.id = s.id - 1)
WHERE s.id % 8 = 0;
