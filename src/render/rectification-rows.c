/*
 * rectification-rows.c — the rows of the 整改清单 (rectification.h): for
 * each finding, the problem in words, its basis, who should lead the fix
 * and what to do.
 */
#include <glib/gi18n.h>

#include "analysis/suggest.h"
#include "render/division.h"
#include "render/rectification.h"
#include "render/text.h"

/* Adds NAME to NAMES (borrowed strings, first-seen order) unless it is there. */
static void
names_add (GPtrArray *names, const char *name)
{
  for (guint i = 0; i < names->len; i++)
    if (g_str_equal (g_ptr_array_index (names, i), name))
      return;
  g_ptr_array_add (names, (gpointer) name);
}

static char *
names_join (GPtrArray *names)
{
  GString *out = g_string_new (NULL);
  for (guint i = 0; i < names->len; i++)
    g_string_append_printf (out, "%s%s", i ? "、" : "", (const char *) g_ptr_array_index (names, i));
  return g_string_free (out, FALSE);
}

/* TRUE when BODY's business (manages:) includes AREA or an area above it. */
static gboolean
manages (const DgModel *m, int body, int area)
{
  const DgBody *b = dg_model_body (m, body);
  for (int a = area; a >= 0; a = dg_model_area (m, a)->parent)
    for (guint i = 0; i < b->manages->len; i++)
      if (g_array_index (b->manages, int, i) == a)
        return TRUE;
  return FALSE;
}

/* The body a finding on AREA should be led by: among HOLDINGS the first
 * whose business includes the area (管行业必须管安全), else with
 * ANY_BODY the first such body of the model; -1 when none is. */
static int
manager (const DgModel *m, const GArray *holdings, int area, gboolean any_body)
{
  for (guint i = 0; i < holdings->len; i++)
    {
      const DgHolding *h = &g_array_index (holdings, DgHolding, i);
      if (!h->class_wide && manages (m, h->body, area))
        return h->body;
    }
  if (any_body)
    for (guint b = 0; b < m->bodies->len; b++)
      if (manages (m, (int) b, area))
        return (int) b;
  return -1;
}

/* "NUMBER CLAUSE、CLAUSE；LAW": the document's clauses of HOLDINGS (or
 * CLAUSE alone) and LAW, each part left out when absent. */
static char *
basis (const DgModel *m, const GArray *holdings, const char *clause, const char *law)
{
  g_autoptr (GPtrArray) clauses = g_ptr_array_new ();
  if (clause)
    names_add (clauses, clause);
  for (guint i = 0; holdings && i < holdings->len; i++)
    names_add (clauses, dg_model_duty (m, g_array_index (holdings, DgHolding, i).duty)->clause);
  GString *out = g_string_new (NULL);
  if (clauses->len)
    {
      g_autofree char *joined = names_join (clauses);
      g_string_append_printf (out, "%s%s%s", m->number ? m->number : "", m->number ? " " : "", joined);
    }
  /* An area the model adds names the document itself as its source. */
  if (law && !(m->number && g_str_has_prefix (law, m->number)))
    g_string_append_printf (out, "%s%s", out->len ? "；" : "", law);
  return g_string_free (out, FALSE);
}

/* The holders of HOLDINGS but EXCEPT, by name; LEADS_ONLY keeps those that lead. */
static char *
holders (const DgModel *m, const GArray *holdings, int except, gboolean leads_only)
{
  g_autoptr (GPtrArray) names = g_ptr_array_new ();
  g_autoptr (GPtrArray) owned = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < holdings->len; i++)
    {
      const DgHolding *h = &g_array_index (holdings, DgHolding, i);
      if (h->body == except || (leads_only && (h->role != DG_ROLE_LEAD || h->with_upper)))
        continue;
      if (h->class_wide)
        {
          char *name = dg_division_duty_holders (m, dg_model_duty (m, h->duty));
          g_ptr_array_add (owned, name);
          names_add (names, name);
        }
      else
        names_add (names, dg_model_body (m, h->body)->name);
    }
  return names_join (names);
}

typedef struct {
  char *problem, *area, *basis, *lead, *cooperate, *measure;
} Row;

static void
uncovered (const DgReport *report, const DgFinding *f, const GPtrArray *proposals, Row *row)
{
  const DgModel *m = report->graph->model;
  const DgArea *a = dg_model_area (m, f->area);
  /* TRANSLATORS: an uncovered area in a rectification list. */
  row->problem = g_strdup_printf (_("Nobody holds %s: no duty of the document names it"), a->name);
  row->basis = basis (m, NULL, NULL, a->source);
  g_autoptr (GPtrArray) others = g_ptr_array_new ();
  for (guint i = 0; i < proposals->len; i++)
    {
      const DgGapProposal *p = g_ptr_array_index (proposals, i);
      if (p->area != f->area)
        continue;
      for (guint c = 0; c < p->candidates->len; c++)
        {
          const DgSuggestion *s = &g_array_index (p->candidates, DgSuggestion, c);
          const char *name = dg_model_body (m, s->body)->name;
          if (c == 0)
            row->lead = g_strdup (name);
          /* The territorial government answers for everything; naming it
           * as a partner of each gap says nothing. */
          else if (s->basis != DG_SUGGEST_TERRITORIAL)
            names_add (others, name);
        }
    }
  row->cooperate = names_join (others);
  /* TRANSLATORS: what to do about an uncovered area. */
  row->measure = g_strdup_printf (_("Name in the document the body that leads %s and those that "
                                    "cooperate, with their duties"),
                                  a->name);
}

static void
conflict (const DgReport *report, const DgFinding *f, Row *row)
{
  const DgModel *m = report->graph->model;
  const DgArea *a = dg_model_area (m, f->area);
  g_autofree char *leads = holders (m, f->holdings, -1, TRUE);
  /* TRANSLATORS: a conflict; the second %s names the bodies: 镇教委、交警中队. */
  row->problem = g_strdup_printf (_("%s is led by several bodies at once (多头管理): %s"), a->name, leads);
  const char *shared = dg_model_area_shared_basis (m, f->area);
  /* The clauses that make it a conflict: those that lead. */
  g_autoptr (GArray) leading = g_array_new (FALSE, FALSE, sizeof (DgHolding));
  for (guint i = 0; i < f->holdings->len; i++)
    {
      const DgHolding *h = &g_array_index (f->holdings, DgHolding, i);
      if (h->role == DG_ROLE_LEAD && !h->with_upper)
        g_array_append_val (leading, *h);
    }
  row->basis = basis (m, leading, NULL, shared ? shared : a->source);
  int lead = manager (m, f->holdings, f->area, FALSE);
  row->lead = g_strdup (lead >= 0 ? dg_model_body (m, lead)->name : "");
  row->cooperate = lead >= 0 ? holders (m, f->holdings, lead, FALSE) : g_strdup ("");
  if (f->statutory && shared)
    /* TRANSLATORS: a conflict the law provides for (its article is in the basis column). */
    row->measure = g_strdup_printf (_("The law shares %s: write down which part each body leads"),
                                    a->name);
  else
    row->measure = g_strdup_printf (_("Keep one lead for %s; the others cooperate, or each leads a "
                                      "named part"),
                                    a->name);
}

static void
no_lead (const DgReport *report, const DgFinding *f, Row *row)
{
  const DgModel *m = report->graph->model;
  const DgArea *a = dg_model_area (m, f->area);
  g_autofree char *support = holders (m, f->holdings, -1, FALSE);
  /* TRANSLATORS: an area held only in supporting roles; the second %s names the bodies. */
  row->problem = g_strdup_printf (_("Nobody leads %s: %s only support it"), a->name, support);
  row->basis = basis (m, f->holdings, NULL, a->source);
  int lead = manager (m, f->holdings, f->area, TRUE);
  row->lead = g_strdup (lead >= 0 ? dg_model_body (m, lead)->name : "");
  row->cooperate = holders (m, f->holdings, lead, FALSE);
  row->measure = g_strdup_printf (_("Name the body that leads %s"), a->name);
}

static void
vague (const DgReport *report, const DgFinding *f, Row *row)
{
  const DgModel *m = report->graph->model;
  const DgDuty *d = dg_model_duty (m, f->duty);
  /* TRANSLATORS: a vague duty; %s is its clause, then its text. */
  row->problem = g_strdup_printf (_("Clause %s names no concrete area: %s"), d->clause, d->text);
  row->basis = basis (m, NULL, d->clause, NULL);
  row->lead = dg_division_duty_holders (m, d);
  row->measure = g_strdup (_("Write down the areas this duty covers, or mark it as procedural"));
}

static void
idle (const DgReport *report, const DgFinding *f, Row *row)
{
  const DgModel *m = report->graph->model;
  const DgBody *b = dg_model_body (m, f->body);
  /* TRANSLATORS: a body without duties in a rectification list. */
  row->problem = g_strdup_printf (_("%s holds no safety duty"), b->name);
  row->basis = basis (m, NULL, b->clause, NULL);
  row->lead = g_strdup (b->name);
  row->measure = g_strdup_printf (_("Give %s its safety duties in the areas of its business, or "
                                    "record why it has none"),
                                  b->name);
}

static void
principle (const DgReport *report, const DgFinding *f, Row *row)
{
  const DgModel *m = report->graph->model;
  const DgPrinciple *p = g_ptr_array_index (m->principles, f->principle);
  row->problem = g_strdup_printf ("%s：%s", p->text, f->message ? f->message : "");
  row->basis = basis (m, NULL, p->clause, NULL);
  row->lead = g_strdup (f->body >= 0 ? dg_model_body (m, f->body)->name : "");
  row->measure = g_strdup (_("Add the duties the principle requires"));
}

/* Fills ROW for F; FALSE for a kind that is no problem to fix (shared). */
static gboolean
fill_row (const DgReport *report, const DgFinding *f, const GPtrArray *proposals, Row *row)
{
  switch (f->kind)
    {
    case DG_FINDING_UNCOVERED: uncovered (report, f, proposals, row); return TRUE;
    case DG_FINDING_CONFLICT: conflict (report, f, row); return TRUE;
    case DG_FINDING_NO_LEAD: no_lead (report, f, row); return TRUE;
    case DG_FINDING_VAGUE: vague (report, f, row); return TRUE;
    case DG_FINDING_IDLE: idle (report, f, row); return TRUE;
    case DG_FINDING_PRINCIPLE: principle (report, f, row); return TRUE;
    default: return FALSE;
    }
}

static void
row_clear (Row *row)
{
  g_free (row->problem);
  g_free (row->area);
  g_free (row->basis);
  g_free (row->lead);
  g_free (row->cooperate);
  g_free (row->measure);
}

char *
dg_rectification_proposed_lead (const DgReport *report, const DgFinding *finding,
                                const GPtrArray *proposals)
{
  Row row = { NULL };
  if (!fill_row (report, finding, proposals, &row))
    return NULL;
  char *lead = row.lead && *row.lead ? g_strdup (row.lead) : NULL;
  row_clear (&row);
  return lead;
}

DgOfficeSheet *
dg_rectification_sheet (const DgReport *report, const char *org, guint accepted, const char *baseline)
{
  const DgModel *m = report->graph->model;
  DgOfficeSheet *sheet = dg_office_sheet_new (_("Rectification list of safety supervision duties"),
                                              _("Rectification"), m, org);
  if (baseline)
    /* TRANSLATORS: the note of a rectification list made with --baseline. */
    sheet->note = g_strdup_printf (ngettext ("%u finding accepted in %s is not listed",
                                                "%u findings accepted in %s are not listed", accepted),
                                   accepted, baseline);
  dg_office_sheet_column (sheet, _("No."), 6);
  dg_office_sheet_column (sheet, _("Problem"), 34);
  dg_office_sheet_column (sheet, _("Area"), 16);
  dg_office_sheet_column (sheet, _("Basis"), 24);
  dg_office_sheet_column (sheet, _("Proposed lead"), 14);
  dg_office_sheet_column (sheet, _("Cooperating"), 16);
  dg_office_sheet_column (sheet, _("Measures"), 34);
  dg_office_sheet_column (sheet, _("Deadline"), 10);
  dg_office_sheet_column (sheet, _("Status"), 8);
  g_autoptr (GPtrArray) proposals = dg_suggest_owners (report);
  guint number = 0;
  for (guint i = 0; i < report->findings->len; i++)
    {
      const DgFinding *f = g_ptr_array_index (report->findings, i);
      if (f->severity < DG_SEVERITY_WARNING)
        continue;
      Row row = { NULL };
      if (!fill_row (report, f, proposals, &row))
        continue; /* shared: information only */
      char **cells = g_new0 (char *, 10);
      cells[0] = g_strdup_printf ("%u", ++number);
      cells[1] = row.problem;
      cells[2] = f->area >= 0 ? dg_text_area_path (m, f->area) : g_strdup ("");
      cells[3] = row.basis;
      cells[4] = row.lead ? row.lead : g_strdup ("");
      cells[5] = row.cooperate ? row.cooperate : g_strdup ("");
      cells[6] = row.measure;
      cells[7] = g_strdup ("");
      /* TRANSLATORS: the status of a row of a rectification list (待整改). */
      cells[8] = g_strdup (_("to rectify"));
      dg_office_sheet_row (sheet, cells);
    }
  return sheet;
}
