/*
 * rollup.h — many models at once (a county's towns, a province's).
 *
 * Each model's check is reduced, as soon as it is done, to a small
 * DgModelSummary (per area: present, uncovered, overlapped, in conflict,
 * who leads it; per body: its load; the bodies of upper models it names),
 * and the model is freed.  The summaries are folded in model order into a
 * DgRollup: per area, in how many models and which it is uncovered,
 * overlapped, in conflict; per body kind, the typical load; and the
 * outliers, models that assign an area to other leads than most models
 * do.  A roll-up keeps no model: it grows with the number of models only
 * by the lists it reports (a model index per listed model).
 */
#pragma once

#include "analysis/findings.h"

G_BEGIN_DECLS

typedef enum {
  DG_AREA_PRESENT = 1 << 0,    /* in the model and not exempt */
  DG_AREA_EXEMPT = 1 << 1,     /* in the model but exempt there */
  DG_AREA_UNCOVERED = 1 << 2,  /* an `uncovered` finding (error or warning) */
  DG_AREA_OVERLAPPED = 1 << 3, /* a leaf held by two or more bodies through their own
                                * duties: a `conflict` or `shared` finding */
  DG_AREA_CONFLICT = 1 << 4,   /* a `conflict` finding of severity error */
} DgAreaState;

typedef struct {
  char *id;
  char *path;     /* "交通运输 › 校车安全" */
  guint state;    /* DgAreaState bits */
  char *leads;    /* ids of the bodies leading it directly, sorted, joined by "+"; "" none */
  char **lead_names; /* their names in the same order (NULL-terminated) */
} DgAreaSummary;

typedef struct {
  DgBodyKind kind;
  char *id;
  char *name;
  guint lead;     /* distinct areas it leads (own duties) */
  guint support;  /* distinct areas it only supports */
} DgBodySummary;

typedef struct {
  char *id;       /* a body of an upper model */
  char *name;
  char *model;    /* that model's path */
  char *town;     /* that model's dg_rollup_town_name () */
  guint assists;  /* duties of this model that assist it (`with:`) */
  guint reports;  /* bodies of this model that report to it */
} DgUpperUse;

typedef struct {
  char *path;
  char *doc_id;
  char *title;
  char *town;     /* what people call the model: dg_rollup_town_name () */
  char *upper;    /* the upper model's path, or NULL */
  char *upper_town; /* the upper model's dg_rollup_town_name (), or NULL */
  guint n_bodies, n_areas, n_duties;
  guint count[DG_FINDING_KIND_COUNT];
  guint severity[DG_SEVERITY_ERROR + 1];
  GArray *areas;  /* DgAreaSummary, model order */
  GArray *loads;  /* DgBodySummary, model order */
  GArray *uppers; /* DgUpperUse, order of first mention */
} DgModelSummary;

/* What a county calls a model: the place its document's issuers or title
 * name (张山子镇 from 中共张山子镇委员会, 东山镇 from 东山镇安全生产监管职责),
 * else the base name of its file without the extension, never a directory. */
char *dg_rollup_town_name (const DgModel *model);

/* Reduces a checked model (the report's graph and model) to its summary. */
DgModelSummary *dg_model_summary_new (const DgReport *report);
void dg_model_summary_free (DgModelSummary *summary);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DgModelSummary, dg_model_summary_free)

typedef struct {
  char *path;
  char *doc_id;
  char *title;
  char *town;
  char *upper;
  char *upper_town;
  guint n_bodies, n_areas, n_duties;
  guint severity[DG_SEVERITY_ERROR + 1];
} DgRollupModel;

typedef struct {
  char *leads;    /* as in DgAreaSummary */
  GPtrArray *names; /* char**: lead_names in each of the models, same order */
  GArray *models; /* guint model indexes, ascending */
} DgAssignment;

typedef struct {
  char *id;
  char *path;                /* from the first model that has the area */
  guint present;             /* models where it is present */
  guint exempt;              /* models where it is exempt */
  GArray *uncovered;         /* guint model indexes, ascending */
  GArray *overlapped;
  GArray *conflict;
  GPtrArray *assignments;    /* DgAssignment*, order of first appearance */
  GHashTable *by_leads;      /* leads -> DgAssignment* */
  int norm;                  /* after dg_rollup_finish: index of the assignment of
                              * more than half the models where present, else -1 */
} DgRollupArea;

typedef struct {
  guint bodies;
  guint models;              /* models with at least one body of the kind */
  GArray *lead_counts;       /* guint: how many bodies lead exactly i areas */
  GArray *support_counts;
  guint max_lead, max_support;
  int max_lead_model, max_support_model; /* first model reaching the maximum, or -1 */
  char *max_lead_body, *max_support_body; /* its body (id) there */
  char *max_lead_name, *max_support_name;
} DgRollupKind;

typedef struct {
  char *id;
  char *name;
  char *model;
  char *town;
  GArray *assisted_by;       /* guint model indexes with duties assisting it */
  GArray *reported_by;       /* guint model indexes with bodies reporting to it */
} DgRollupUpper;

typedef struct {
  GPtrArray *models;         /* DgRollupModel*, in the order added */
  GPtrArray *areas;          /* DgRollupArea*, order of first appearance */
  GHashTable *area_by_id;
  DgRollupKind kinds[DG_KIND_COUNT];
  GPtrArray *uppers;         /* DgRollupUpper*, order of first appearance */
  GHashTable *upper_by_key;
  guint count[DG_FINDING_KIND_COUNT];
  guint severity[DG_SEVERITY_ERROR + 1];
  guint n_outliers;          /* after dg_rollup_finish */
} DgRollup;

DgRollup *dg_rollup_new (void);
void dg_rollup_free (DgRollup *rollup);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DgRollup, dg_rollup_free)

/* Folds in the next model; models must come in a fixed order (the order
 * of the inputs) for the roll-up to be the same from run to run. */
void dg_rollup_add (DgRollup *rollup, const DgModelSummary *summary);

/* The names an assignment's bodies go by in its models, each list once,
 * in model order (a body keeps its id from town to town, not always its
 * name: 东山派出所, 西河派出所).  A new array of borrowed lists. */
GPtrArray *dg_assignment_names (const DgAssignment *assignment);

/* "应急办、建设办": NAMES joined as a list of bodies is written in Chinese;
 * lists of lists joined by " / ".  A new string. */
char *dg_assignment_names_text (const DgAssignment *assignment);

/* Finds each area's majority assignment and counts the outliers. */
void dg_rollup_finish (DgRollup *rollup);

/* The median of N values given as counts per value (COUNTS[i] values
 * equal to i): the ceil(N/2)-th smallest; 0 when N is 0. */
guint dg_rollup_median (const GArray *counts, guint n);

G_END_DECLS
