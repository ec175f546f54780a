/*
 * rollup-html.c — the report of many models (`report MODEL…`, the county
 * view): one self-contained page, like the report of one model, with the
 * figures of every model, the areas that are uncovered, overlapped or in
 * conflict somewhere, the load per kind of body, and the table of models
 * by areas (rollup-matrix.c); a search box keeps the rows that mention
 * what is typed (a town, an area, a body).  Nothing is fetched.
 */
#include <glib/gi18n.h>

#include "render/html.h"
#include "render/matrix.h"
#include "render/rollup-report.h"

/* Filters rows by their text; model text is only ever read back through
 * textContent, never written as markup. */
static const char search_script[] =
  "(function(){var box=document.getElementById('dg-search');"
  "box.addEventListener('input',function(){var q=box.value.trim().toLowerCase();"
  "document.querySelectorAll('table.dg-duties tbody tr').forEach(function(tr){"
  "tr.hidden=q!==''&&tr.textContent.toLowerCase().indexOf(q)<0;});});})();";

static char *
uint_text (guint n)
{
  return g_strdup_printf ("%u", n);
}

static DgMatrixList *
models_list (const DgRollup *r)
{
  const char *words[] = { _("model"), _("file"), _("upper model"), _("bodies"), _("duties"),
                          _("errors"), _("warnings"), _("info") };
  char **headings = g_new0 (char *, G_N_ELEMENTS (words) + 1);
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    headings[i] = g_strdup (words[i]);
  DgMatrixList *list = dg_matrix_list_new (_("Models"), headings);
  for (guint i = 0; i < r->models->len; i++)
    {
      const DgRollupModel *m = g_ptr_array_index (r->models, i);
      char **row = g_new0 (char *, G_N_ELEMENTS (words) + 1);
      row[0] = g_strdup_printf ("%u %s", i + 1, m->town);
      row[1] = g_path_get_basename (m->path);
      row[2] = g_strdup (m->upper_town ? m->upper_town : "");
      row[3] = uint_text (m->n_bodies);
      row[4] = uint_text (m->n_duties);
      row[5] = uint_text (m->severity[DG_SEVERITY_ERROR]);
      row[6] = uint_text (m->severity[DG_SEVERITY_WARNING]);
      row[7] = uint_text (m->severity[DG_SEVERITY_INFO]);
      g_ptr_array_add (list->rows, row);
    }
  return list;
}

static DgMatrixList *
kinds_list (const DgRollup *r)
{
  const char *words[] = { _("kind"), _("bodies"), _("models"), _("led median"), _("led max"),
                          _("supported median"), _("supported max") };
  char **headings = g_new0 (char *, G_N_ELEMENTS (words) + 1);
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    headings[i] = g_strdup (words[i]);
  DgMatrixList *list = dg_matrix_list_new (_("Load by body kind (distinct areas per body)"), headings);
  for (int k = 0; k < DG_KIND_COUNT; k++)
    {
      const DgRollupKind *kind = &r->kinds[k];
      if (kind->bodies == 0)
        continue;
      char **row = g_new0 (char *, G_N_ELEMENTS (words) + 1);
      row[0] = g_strdup (dg_kind_label ((DgBodyKind) k));
      row[1] = uint_text (kind->bodies);
      row[2] = uint_text (kind->models);
      row[3] = uint_text (dg_rollup_median (kind->lead_counts, kind->bodies));
      row[4] = uint_text (kind->max_lead);
      row[5] = uint_text (dg_rollup_median (kind->support_counts, kind->bodies));
      row[6] = uint_text (kind->max_support);
      g_ptr_array_add (list->rows, row);
    }
  return list;
}

GBytes *
dg_report_rollup_html (const DgRollup *r)
{
  g_autofree char *title = g_strdup_printf (_("Safety responsibility report of %u models"),
                                            r->models->len);
  GString *out = g_string_new (
      "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
      "style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n<title>");
  dg_html_append (out, title);
  g_string_append_printf (out, "</title>\n<style>\nbody{font-family:\"Noto Sans CJK SC\",sans-serif;"
                               "margin:1em}\n%s@media print{#dg-toolbar{display:none}}\n"
                               "@page{size:A4 landscape;margin:12mm}\n</style>\n</head>\n<body>\n<h1>",
                          dg_matrix_css);
  dg_html_append (out, title);
  g_string_append (out, "</h1>\n<p>");
  dg_html_append (out, _("Models with errors: "));
  guint with_errors = 0;
  for (guint i = 0; i < r->models->len; i++)
    with_errors += ((const DgRollupModel *) g_ptr_array_index (r->models, i))->severity[DG_SEVERITY_ERROR] > 0;
  g_string_append_printf (out, "%u / %u; ", with_errors, r->models->len);
  dg_html_append (out, _("findings: "));
  g_string_append_printf (out, "%u %s, %u %s, %u %s; ", r->severity[DG_SEVERITY_ERROR], _("errors"),
                          r->severity[DG_SEVERITY_WARNING], _("warnings"),
                          r->severity[DG_SEVERITY_INFO], _("info"));
  dg_html_append (out, _("outliers: "));
  g_string_append_printf (out, "%u</p>\n<div id=\"dg-toolbar\"><label>", r->n_outliers);
  dg_html_append (out, _("Search a town, an area or a body"));
  g_string_append (out, " <input id=\"dg-search\" type=\"search\"></label></div>\n");

  g_autoptr (GPtrArray) lists = g_ptr_array_new_with_free_func ((GDestroyNotify) dg_matrix_list_free);
  g_ptr_array_add (lists, models_list (r));
  g_autoptr (GPtrArray) matrix_lists = dg_rollup_matrix_lists (r);
  /* The per-area counts first: what a county meeting reads first. */
  g_ptr_array_add (lists, g_ptr_array_steal_index (matrix_lists, 1));
  g_ptr_array_add (lists, kinds_list (r));
  g_ptr_array_add (lists, g_ptr_array_steal_index (matrix_lists, 0));
  for (guint l = 0; l < lists->len; l++)
    dg_list_html (out, g_ptr_array_index (lists, l));
  g_string_append_printf (out, "<script>%s</script>\n</body>\n</html>\n", search_script);
  return g_string_free_to_bytes (out);
}
