/*
 * restructure-report.h — the summary `restructure` prints: what each
 * operation did, and every duty and managed area it left without a holder.
 */
#pragma once

#include "analysis/restructure.h"

G_BEGIN_DECLS

/* BEFORE and AFTER are the model as loaded and as restructured. */
char *dg_report_restructure_text (const DgScenario *scenario, const DgRestructureLog *log,
                                  const DgModel *before, const DgModel *after);

G_END_DECLS
