# shellcheck shell=bash
# Connection settings for the local servers started by scripts/servers/servers.
# Source it:  . scripts/servers/env.sh
# Every value can be overridden by exporting it before sourcing this file.
# Local development only: the S3 secret below is not a secret.

: "${PP_HOST:=127.0.0.1}"
: "${PP_POSTGRES_PORT:=25432}"
: "${PP_KAFKA_PORT:=19092}"
: "${PP_KAFKA_CONTROLLER_PORT:=19093}"
: "${PP_MONGO_PORT:=27117}"
: "${PP_FERRETDB_DEBUG_PORT:=27118}"
: "${PP_S3_PORT:=18333}"
: "${PP_SMTP_PORT:=11025}"
: "${PP_MAILPIT_PORT:=18025}"
: "${PP_S3_ACCESS_KEY:=personal-pages}"
: "${PP_S3_SECRET_KEY:=personal-pages-local-secret}"
: "${PP_S3_REGION:=us-east-1}"

: "${PP_POSTGRES_URL:=postgres://postgres@${PP_HOST}:${PP_POSTGRES_PORT}/ferretdb}"
: "${PP_KAFKA_BOOTSTRAP:=${PP_HOST}:${PP_KAFKA_PORT}}"
: "${PP_MONGO_URL:=mongodb://${PP_HOST}:${PP_MONGO_PORT}/}"
: "${PP_S3_ENDPOINT:=${PP_HOST}:${PP_S3_PORT}}"
: "${PP_S3_SECURE:=false}"
: "${PP_SMTP_HOST:=${PP_HOST}}"
: "${PP_MAILPIT_URL:=http://${PP_HOST}:${PP_MAILPIT_PORT}}"

export PP_POSTGRES_PORT PP_POSTGRES_URL
export PP_HOST PP_KAFKA_PORT PP_KAFKA_CONTROLLER_PORT PP_MONGO_PORT PP_FERRETDB_DEBUG_PORT
export PP_S3_PORT PP_SMTP_PORT PP_MAILPIT_PORT PP_S3_ACCESS_KEY PP_S3_SECRET_KEY PP_S3_REGION
export PP_KAFKA_BOOTSTRAP PP_MONGO_URL PP_S3_ENDPOINT PP_S3_SECURE PP_SMTP_HOST PP_MAILPIT_URL
