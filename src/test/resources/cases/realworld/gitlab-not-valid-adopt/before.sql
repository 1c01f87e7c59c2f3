-- GitLab adds constraints on large tables NOT VALID in one release and validates them in a later post-deploy
-- migration, so db/structure.sql (and production) holds NOT VALID checks and foreign keys for a while. The YAML
-- describes the constraints, valid: adopting such a database plans their VALIDATE after the commit (SHARE UPDATE
-- EXCLUSIVE, writes go on), never a drop and an add.
CREATE TABLE public.namespaces (id bigint NOT NULL PRIMARY KEY);
CREATE TABLE public.issues (
    id bigint NOT NULL PRIMARY KEY,
    title character varying(255),
    namespace_id bigint,
    description text
);
ALTER TABLE public.issues
    ADD CONSTRAINT check_fba63f706d CHECK ((namespace_id IS NOT NULL)) NOT VALID;
ALTER TABLE public.issues
    ADD CONSTRAINT check_2addf801cd CHECK ((char_length(description) <= 1048576)) NOT VALID;
ALTER TABLE ONLY public.issues
    ADD CONSTRAINT fk_df75a7c8b8 FOREIGN KEY (namespace_id) REFERENCES public.namespaces(id) ON DELETE CASCADE NOT VALID;
