-- One database and one role per service: no service reads another's tables.
CREATE ROLE kpi_definition LOGIN PASSWORD 'kpi_definition';
CREATE DATABASE kpi_definition OWNER kpi_definition;
CREATE ROLE measurement LOGIN PASSWORD 'measurement';
CREATE DATABASE measurement OWNER measurement;
CREATE ROLE alerting LOGIN PASSWORD 'alerting';
CREATE DATABASE alerting OWNER alerting;
