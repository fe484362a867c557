# shellcheck shell=bash
# Ports and folders of the servers and services that the integration tests start, apart from
# those of `make demo`, so that a demo can keep running while the tests run.
# PP_TEST_PORT_OFFSET shifts every port (and the data folder) so that two checkouts on one
# machine can run their integration tests at the same time. The services' ports lie 100 apart
# (enrolment 28200, portal 28300): offsets that differ by 100 collide; use 0, 150, 450, 650...
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
offset=${PP_TEST_PORT_OFFSET:-0}
export PP_VAR=$ROOT/var/test$([ "$offset" = 0 ] || echo "-$offset")
export PP_POSTGRES_PORT=$((25532 + offset))
export PP_KAFKA_PORT=$((29092 + offset)) PP_KAFKA_CONTROLLER_PORT=$((29093 + offset))
export PP_MONGO_PORT=$((27217 + offset)) PP_FERRETDB_DEBUG_PORT=$((27218 + offset))
export PP_S3_PORT=$((28333 + offset)) PP_SEAWEED_MASTER_PORT=$((29333 + offset))
export PP_SEAWEED_VOLUME_PORT=$((28080 + offset)) PP_SEAWEED_FILER_PORT=$((28888 + offset))
export PP_SMTP_PORT=$((21025 + offset)) PP_MAILPIT_PORT=$((28025 + offset))
export PP_ENROLMENT_PORT=$((28200 + offset)) PP_PORTAL_PORT=$((28300 + offset))
export PP_OPERATIONS_PORT=$((28310 + offset))
# Where the notifier's emails send people on the enrolment site (the portal's comes from
# scripts/services).
export PP_ENROLMENT_URL=http://127.0.0.1:$PP_ENROLMENT_PORT
unset offset
. "$ROOT/scripts/servers/env.sh"
