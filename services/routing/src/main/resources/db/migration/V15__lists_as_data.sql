-- Lists are data: the directory's languages, measures, instruments and regions, and a routing
-- record's decision path and warnings, become JSON arrays instead of comma- or newline-joined text.
alter table contact_point
    alter column languages type jsonb using to_jsonb(string_to_array(languages, ',')),
    alter column urgent_languages type jsonb
        using case when urgent_languages is null then null else to_jsonb(string_to_array(urgent_languages, ',')) end,
    alter column measures type jsonb
        using case when measures is null then null else to_jsonb(string_to_array(measures, ',')) end,
    alter column legal_instruments type jsonb
        using case when legal_instruments is null then null else to_jsonb(string_to_array(legal_instruments, ',')) end,
    alter column regions type jsonb
        using case when regions is null then null else to_jsonb(string_to_array(regions, ',')) end;

alter table routing_record
    alter column decision_path type jsonb using to_jsonb(string_to_array(decision_path, E'\n')),
    alter column warnings type jsonb
        using case when warnings is null then null else to_jsonb(string_to_array(warnings, E'\n')) end;
