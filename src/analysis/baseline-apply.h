/*
 * baseline-apply.h — accepted findings set aside: which findings of a
 * checked model a baseline's entries name, and a baseline that accepts
 * every finding of a report (the start of one).
 *
 * A finding is named by its kind, its area's id, the ids of the bodies
 * involved (every holder it lists, and its body), the clause of its duty
 * and its principle's id — what stays the same from one run to the next
 * while the document does.  An entry matches a finding when the kind is
 * the same and every field the entry gives is (names and aliases stand for
 * their ids; `bodies` as a set).  An entry that matches nothing is stale.
 */
#pragma once

#include "analysis/findings.h"
#include "model/baseline.h"

G_BEGIN_DECLS

typedef struct {
  char *path;        /* the baseline's file */
  guint accepted;    /* findings taken out of the report */
  GPtrArray *stale;  /* of DgBaselineEntry*, copies of the entries that matched nothing;
                      * their loc.file is not theirs: use PATH */
} DgBaselineOutcome;

void dg_baseline_outcome_free (DgBaselineOutcome *outcome);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DgBaselineOutcome, dg_baseline_outcome_free)

/* Removes from REPORT the findings BASELINE accepts, and updates its
 * counts.  Fails (FILE:LINE:COL) on an entry whose kind is not a kind of
 * finding, and when the baseline names another document than REPORT's. */
DgBaselineOutcome *dg_baseline_apply (const DgBaseline *baseline, DgReport *report, GError **error);

/* A baseline accepting every finding of REPORT, to be written to PATH;
 * reason and reviewer are left empty for the reviewer to fill in. */
DgBaseline *dg_baseline_from_report (const DgReport *report, const char *path);

G_END_DECLS
