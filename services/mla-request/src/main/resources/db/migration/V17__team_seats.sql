-- A joint team's members are now seated with their state, so that only that state takes them off.
-- Until now only the partner (the requested state) changed the team, so every stored member is its.
UPDATE mla_request
   SET team = (SELECT coalesce(jsonb_agg(jsonb_build_object('state', requested_country, 'name', m ->> 'name',
                                                            'agency', m ->> 'agency')), '[]'::jsonb)
                 FROM jsonb_array_elements(team) AS m
                WHERE coalesce((m ->> 'joining')::boolean, true))
 WHERE team IS NOT NULL;
