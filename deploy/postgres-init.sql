-- One database per service instance, one per country (docker-compose only; the scripts create them themselves).
create database routing;
create database tracking;
create database mla_th;
create database mla_my;
create database mla_ph;
