#!/usr/bin/env bash
# nginx.sh start ROOT [PORT] [NAME] | stop [NAME] | stop-all
# Runs Debian's nginx with deploy/scr-referral-guide.conf (only the listen
# port and the root changed) in a private prefix under target/nginx[-NAME],
# on a loopback port (a free one unless PORT is given). Prints the base URL.
# NAME lets tests serve a second site (e.g. built for another Board) at once.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
prefix() { echo "$PWD/target/nginx${1:+-$1}"; }

stop() {
  local PREFIX; PREFIX=$(prefix "${1:-}")
  if [ -f "$PREFIX/nginx.pid" ]; then
    "$NGINX" -p "$PREFIX" -c conf/nginx.conf -e "$PREFIX/logs/error.log" -s stop || true
    rm -f "$PREFIX/nginx.pid"
  fi
}

case "${1:-}" in
  start)
    root=$(cd "$2" && pwd)
    port=${3:-}
    [ -n "$port" ] || port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    name=${4:-}
    PREFIX=$(prefix "$name")
    stop "$name" >/dev/null 2>&1 || true
    mkdir -p "$PREFIX/conf" "$PREFIX/logs" "$PREFIX/tmp"
    cp deploy/security-headers.conf /etc/nginx/mime.types "$PREFIX/conf/"
    sed -e "s|^\(\s*\)listen .*;|\1listen 127.0.0.1:$port;|" \
        -e "s|^\(\s*\)root .*;|\1root $root;|" \
        deploy/scr-referral-guide.conf > "$PREFIX/conf/site.conf"
    cat > "$PREFIX/conf/nginx.conf" <<CONF
daemon on;
pid $PREFIX/nginx.pid;
error_log $PREFIX/logs/error.log warn;
worker_processes 1;
events { worker_connections 256; }
http {
    include mime.types;
    default_type application/octet-stream;
    access_log $PREFIX/logs/access.log;
    client_body_temp_path $PREFIX/tmp/body;
    proxy_temp_path $PREFIX/tmp/proxy;
    fastcgi_temp_path $PREFIX/tmp/fastcgi;
    uwsgi_temp_path $PREFIX/tmp/uwsgi;
    scgi_temp_path $PREFIX/tmp/scgi;
    include site.conf;
}
CONF
    "$NGINX" -p "$PREFIX" -c conf/nginx.conf -e "$PREFIX/logs/error.log"
    echo "http://127.0.0.1:$port"
    ;;
  stop) stop "${2:-}" ;;
  stop-all)
    for dir in target/nginx target/nginx-*; do
      [ -d "$dir" ] || continue
      name=${dir#target/nginx}; stop "${name#-}"
    done
    ;;
  *) echo "usage: $0 start ROOT [PORT] [NAME] | stop [NAME] | stop-all" >&2; exit 2 ;;
esac
