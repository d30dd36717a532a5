-- The data quality of the sources an import's folder was made from (issue 14, item 5; docs/data-in.md, "Data
-- quality"), as hearth link's report in the folder's sources/ sub-folder gives it: per source and provider, what
-- arrived and when, what was rejected or left out, and whether it is late or missing against the schedule. Kept with
-- the import, as read then.
create table source_quality (
    import_id           bigint  not null references data_import,
    position            integer not null,
    source              text    not null,
    kind                text    not null,
    provider            text    not null,
    read_on             date,
    people              bigint  not null,
    matched_elsewhere   bigint  not null,
    in_no_family        bigint  not null,
    rows_staged         bigint  not null,
    rows_left_out       bigint  not null,
    rejected            bigint  not null,
    expected_every_days integer,
    status              text    not null,
    primary key (import_id, position)
);
