#!/usr/bin/env python3
"""Check content/sources.toml against content/source-hosts.toml.

Lists every source whose address is not on a publisher's own host (as listed
in source-hosts.toml), every source with neither an address (url) nor a
no_copy sentence, and every source without a checked date. Exits non-zero if
any are found. Standard library only (Python 3.11+ for tomllib).
"""
import datetime
import pathlib
import sys
import tomllib
from urllib.parse import urlsplit

ROOT = pathlib.Path(__file__).resolve().parent.parent
sources = tomllib.loads((ROOT / "content/sources.toml").read_text())["source"]
hosts = tomllib.loads((ROOT / "content/source-hosts.toml").read_text())["host"]
allowed = {h["host"] for h in hosts}

problems = []
for h in hosts:
    if h["host"] != h["host"].lower():
        problems.append(f"source-hosts.toml: {h['host']}: host not in lower case")
    if not h.get("publisher"):
        problems.append(f"source-hosts.toml: {h['host']}: no publisher")

ids = set()
for s in sources:
    sid = s.get("id", "?")
    if sid in ids:
        problems.append(f"{sid}: id used twice")
    ids.add(sid)
    for field in ("short", "title", "publisher"):
        if not s.get(field):
            problems.append(f"{sid}: no {field}")
    url, no_copy = s.get("url"), s.get("no_copy")
    if url and no_copy:
        problems.append(f"{sid}: has both url and no_copy")
    if not url and not no_copy:
        problems.append(f"{sid}: neither url nor no_copy")
    if url:
        parts = urlsplit(url)
        if parts.scheme not in ("https", "http"):
            problems.append(f"{sid}: url is not a web address: {url}")
        elif parts.scheme != "https":
            problems.append(f"{sid}: url is not https: {url}")
        if parts.hostname not in allowed:
            problems.append(f"{sid}: host {parts.hostname} is not on the list of publishers' hosts")
    checked = s.get("checked")
    if not checked:
        problems.append(f"{sid}: no checked date")
    else:
        try:
            datetime.date.fromisoformat(checked)
        except ValueError:
            problems.append(f"{sid}: checked is not an ISO date: {checked}")

unused = sorted(allowed - {urlsplit(s["url"]).hostname for s in sources if s.get("url")})
for h in unused:
    problems.append(f"source-hosts.toml: {h}: no source uses this host")

with_url = sum(1 for s in sources if s.get("url"))
print(f"{len(sources)} sources: {with_url} with a publisher's address, "
      f"{len(sources) - with_url} with no_copy; {len(allowed)} hosts listed")
for p in problems:
    print("PROBLEM:", p)
sys.exit(1 if problems else 0)
