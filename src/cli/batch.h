/*
 * batch.h — one analysis over many models, in parallel, with the results
 * taken in input order.
 *
 * Workers (a GThreadPool of JOBS threads; none for JOBS = 1) load and
 * analyse one model each and return a result; the calling thread takes the
 * results in input order (REDUCE), so whatever the number of workers the
 * output is that of a serial run.  At most 2 × JOBS models are in flight
 * (being loaded, or done and waiting for an earlier one): loading never
 * runs ahead of the reduction, and memory stays bounded by the largest
 * models in flight, not by the number of models.  A progress bar goes to
 * standard error when it is a terminal and the run has taken over a second.
 */
#pragma once

#include "cli/inputs.h"

G_BEGIN_DECLS

/* Runs in a worker: the result for INPUT, or NULL with ERROR set, or NULL
 * without an error to skip the input (not a model).  USER is shared by the
 * workers: read it only. */
typedef gpointer (*DgBatchWork) (const DgInput *input, gpointer user, GError **error);

/* Runs in the calling thread, once per result, in input order. */
typedef void (*DgBatchReduce) (gpointer result, gpointer user);

typedef struct {
  guint jobs;               /* worker threads; 0 for the number of processors */
  DgBatchWork work;
  DgBatchReduce reduce;
  GDestroyNotify free_result;
  gpointer user;
} DgBatch;

/* Number of worker threads for JOBS (0: the number of processors). */
guint dg_batch_jobs (guint jobs);

/* Runs BATCH over INPUTS.  Problems of models (DG_LOAD_ERROR) do not stop
 * the run: they are all reported, in input order, as one DG_LOAD_ERROR.
 * Any other error stops it (the first in input order is returned).
 * *REDUCED is set to the number of results reduced. */
gboolean dg_batch_run (const DgBatch *batch, const GPtrArray *inputs, guint *reduced,
                       GError **error);

/* The per-model reports TEXTS of one run, in input order, as one output:
 * text reports one after another, a blank line between, each ending in one
 * newline; with AS_JSON and several, a JSON array of them (new string). */
char *dg_batch_join_reports (const GPtrArray *texts, gboolean as_json);

G_END_DECLS
