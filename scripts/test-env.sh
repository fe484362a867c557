# shellcheck shell=bash
# Ports and folders of the servers and services that the integration tests start, apart from
# those of `make demo`, so that a demo can keep running while the tests run.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export PP_VAR=$ROOT/var/test
export PP_POSTGRES_PORT=25532
export PP_KAFKA_PORT=29092 PP_KAFKA_CONTROLLER_PORT=29093
export PP_MONGO_PORT=27217 PP_FERRETDB_DEBUG_PORT=27218
export PP_S3_PORT=28333 PP_SEAWEED_MASTER_PORT=29333 PP_SEAWEED_VOLUME_PORT=28080
export PP_SEAWEED_FILER_PORT=28888
export PP_SMTP_PORT=21025 PP_MAILPIT_PORT=28025
export PP_ENROLMENT_PORT=28200 PP_PORTAL_PORT=28300
. "$ROOT/scripts/servers/env.sh"
