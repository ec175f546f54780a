#!/bin/sh
# The translations are complete and current: every language of po/LINGUAS
# compiles with `msgfmt --check` and has no untranslated or fuzzy message;
# po/dutygraph.pot holds exactly the messages of the sources (re-extracted
# here with xgettext, as meson's i18n module does); every source file with
# messages is listed in po/POTFILES.  A new message therefore fails here
# until the template is refreshed and the message translated (docs/i18n.md).
set -u
top=$1
cd "$top" || exit 1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
fail () { echo "FAIL: $*"; status=1; }

# The keywords and flags of meson's i18n.gettext(preset : 'glib').
# Message ids do not depend on the flags, only on the keywords.
extract () {
  out=$1
  shift
  xgettext --from-code=UTF-8 --add-comments --keyword=_ --keyword=N_ --keyword=C_:1c,2 \
    --keyword=NC_:1c,2 --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 \
    --keyword=g_dpgettext2:2c,3 --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format \
    --flag=NC_:2:pass-c-format --flag=g_dngettext:2:pass-c-format \
    --flag=g_strdup_printf:1:c-format --flag=g_string_printf:2:c-format \
    --flag=g_string_append_printf:2:c-format --flag=g_error_new:3:c-format \
    --flag=g_set_error:4:c-format --package-name=dutygraph -o "$out" "$@"
}

# Every source file (or header) with a message is in POTFILES.
find src \( -name "*.c" -o -name "*.h" \) | LC_ALL=C sort >"$tmp/sources"
while read -r file; do
  rm -f "$tmp/one.pot"
  extract "$tmp/one.pot" "$file" 2>/dev/null
  if [ -s "$tmp/one.pot" ] && ! grep -qx "$file" po/POTFILES; then
    fail "$file has messages but is not listed in po/POTFILES"
  fi
done <"$tmp/sources"
while read -r file; do
  [ -f "$file" ] || fail "po/POTFILES lists $file, which does not exist"
done <po/POTFILES

# The template is the sources' messages, no more, no fewer.
# shellcheck disable=SC2046
extract "$tmp/sources.pot" $(cat "$tmp/sources")
if ! msgcmp -N --use-untranslated po/dutygraph.pot "$tmp/sources.pot" >"$tmp/log" 2>&1; then
  cat "$tmp/log"
  fail "po/dutygraph.pot lacks messages of the sources: meson compile -C build dutygraph-pot"
fi
msgcmp -N --use-untranslated "$tmp/sources.pot" po/dutygraph.pot >"$tmp/log" 2>&1
if grep -q "this message is not used" "$tmp/log"; then
  grep "not used" "$tmp/log"
  fail "po/dutygraph.pot has messages no source has: meson compile -C build dutygraph-pot"
fi

for lang in $(grep -v '^#' po/LINGUAS); do
  po=po/$lang.po
  [ -f "$po" ] || { fail "$po is missing"; continue; }
  msgfmt --check -o /dev/null "$po" || fail "$po does not pass msgfmt --check"
  untranslated=$(msgattrib --untranslated --no-obsolete "$po" | grep -c '^msgid ' || true)
  fuzzy=$(msgattrib --only-fuzzy --no-obsolete "$po" | grep -c '^msgid ' || true)
  [ "$untranslated" -eq 0 ] || { msgattrib --untranslated --no-obsolete "$po"; fail "$po: untranslated messages"; }
  [ "$fuzzy" -eq 0 ] || { msgattrib --only-fuzzy --no-obsolete "$po"; fail "$po: fuzzy messages"; }
  # Translated exactly the template's messages (untranslated ones count as missing).
  msgcmp -N "$po" "$tmp/sources.pot" >"$tmp/log" 2>&1 || { cat "$tmp/log"; fail "$po lacks translations: meson compile -C build dutygraph-update-po"; }
  msgcmp -N --use-untranslated "$tmp/sources.pot" "$po" >"$tmp/log" 2>&1
  if grep -q "this message is not used" "$tmp/log"; then
    grep "not used" "$tmp/log"
    fail "$po has messages no source has: meson compile -C build dutygraph-update-po"
  fi
done
[ "$status" -eq 0 ] && echo "catalogue complete and current"
exit "$status"
