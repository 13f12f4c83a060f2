#!/usr/bin/env bash
# Regenerates ts-characters.txt from OpenCC's TSCharacters dictionary (Apache-2.0, (c) BYVoid), the character level
# of OpenCC's t2s conversion. Needs Debian's opencc package (apt-get install opencc: opencc_dict and the dictionaries).
# Keeps each traditional character's first (default) simplified form, and only pairs of two BMP characters whose
# forms differ, so a shadow text keeps every UTF-16 offset of its source.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
version=$(dpkg-query -W -f='${Version}' opencc)
text=$(mktemp)
trap 'rm -f "$text"' EXIT
opencc_dict -i /usr/share/opencc/TSCharacters.ocd2 -o "$text" -f ocd2 -t text
{
  echo "# OpenCC TSCharacters (Debian opencc $version), first simplified form of each traditional character;"
  echo "# BMP to BMP pairs whose forms differ. Apache-2.0, Copyright 2010-2022 BYVoid. Made by make-ts-characters.sh."
  perl -CSD -ne 'chomp; my ($t, $forms) = split /\t/; my ($s) = split / /, $forms;
    print "$t\t$s\n" if length($t) == 1 && length($s) == 1 && $s ne $t && ord($t) < 0x10000 && ord($s) < 0x10000' "$text" | LC_ALL=C sort
} > "$here/ts-characters.txt"
