-- The key a file's bytes travel sealed with between the two countries: made when the file is sent,
-- learnt from the sealed thread message when it is received. Destroyed with the file.
alter table attachment add column file_key bytea;
