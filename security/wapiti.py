#!/usr/bin/python3
"""Runs Debian's wapiti 3.0.4 with one fix: its exclusion patterns (-x) end in "\\Z(?ms)", which Python 3.11 refuses
("global flags not at the start"), so any -x crashes the crawler. Upstream fixed it later; the same regex with the
flags in front is put in its place here. Arguments are wapiti's.
"""
import re
import sys

import wapitiCore.net.crawler as crawler
from wapitiCore.main.wapiti import wapiti_main


def wildcard_translate(pattern):
    return re.compile("(?ms)" + ".*".join(re.escape(part) for part in pattern.split("*")) + r"\Z")


crawler.wildcard_translate = wildcard_translate
if __name__ == "__main__":
    sys.argv[0] = "wapiti"
    sys.exit(wapiti_main())
