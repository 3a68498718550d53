# Sourced by scripts/test.sh and scripts/bench.sh (after scripts/setup.sh):
# builds the release site (scripts/build.sh: the example Board, SCR rules),
# lays out beside it the same tools with the example partnership's profile
# (CSPR rules), and serves both with Debian's nginx and deploy/'s config on
# free loopback ports, stopped when the calling script exits. Exports
# BASE_URL, SITE_ROOT, CSPR_URL and CSPR_ROOT.
scripts/build.sh
rm -rf target/site && cp -r dist target/site
cargo run --locked --features ssr --bin site -- --tools target/tools --out target/site-cspr --example cspr
trap 'scripts/nginx.sh stop-all' EXIT
BASE_URL=$(scripts/nginx.sh start target/site)
CSPR_URL=$(scripts/nginx.sh start target/site-cspr '' cspr)
export BASE_URL SITE_ROOT="$PWD/target/site" CSPR_URL CSPR_ROOT="$PWD/target/site-cspr"
echo "serving $BASE_URL (SCR rules, example Board) and $CSPR_URL (CSPR rules, example partnership)"
