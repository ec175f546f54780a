/*
 * model.h — the in-memory responsibility model.
 *
 * A DgModel is what one model file (plus its taxonomy) says: the document,
 * its principles, bodies, duty areas, exemptions and duties.  Loading
 * (model-load.c) fills it from YAML and resolves every id reference to an
 * index, so nothing downstream looks ids up again.  The model owns every
 * string and array below; callers borrow them for the model's lifetime and
 * free the whole with dg_model_free() (or g_autoptr(DgModel)).
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  DG_KIND_PARTY,
  DG_KIND_GOVERNMENT,
  DG_KIND_LEADER,
  DG_KIND_COMMITTEE,
  DG_KIND_OFFICE,
  DG_KIND_DEPARTMENT,
  DG_KIND_STATION,
  DG_KIND_VILLAGE,
  DG_KIND_EXTERNAL,
  DG_KIND_COUNT
} DgBodyKind;

typedef enum {
  DG_ROLE_LEAD,
  DG_ROLE_ASSIST,
  DG_ROLE_COOPERATE,
  DG_ROLE_PARTICIPATE,
  DG_ROLE_SUPERVISE,
  DG_ROLE_GUIDE,
  DG_ROLE_COUNT
} DgRole;

typedef enum {
  DG_PERIOD_NONE,
  DG_PERIOD_HALF_YEAR,
  DG_PERIOD_QUARTER,
  DG_PERIOD_YEAR,
} DgPeriod;

/* Where a thing was written: file is borrowed from the model's file list. */
typedef struct {
  const char *file;
  int line;   /* 1-based */
  int column; /* 1-based, in characters */
} DgLoc;

typedef struct {
  char *id;
  char *clause;
  char *text;
  char *rule; /* NULL when the principle has no machine check */
  DgLoc loc;
} DgPrinciple;

typedef struct {
  char *id;
  char *name;
  GPtrArray *aliases;  /* of char*, never NULL */
  DgBodyKind kind;
  int reports_to;      /* body index, or -1 */
  int reports_to_upper;/* index in the model's upper_bodies, or -1 */
  GArray *manages;     /* of int area indexes, never NULL */
  char *clause;        /* NULL when absent */
  char *note;
  char *aspect;        /* the side it holds its areas from (`aspect:`), or NULL */
  DgLoc loc;
} DgBody;

typedef struct {
  char *id;
  char *name;
  int parent;          /* area index, or -1 for a top-level area */
  GPtrArray *keywords; /* of char*, never NULL */
  gboolean expected;
  char *source;
  char *shared_basis;  /* NULL unless the law shares the area by design */
  gboolean residual;
  char *source_text;   /* the words of the law that give the duty (`source-text:`), or NULL */
  char *holder_text;   /* the law's words naming those departments, when source-text
                        * does not (`holder-text:`), or NULL */
  GPtrArray *law_holders; /* of char*: the departments that law names (`law-holders:`), as
                           * words of town bodies' names; 人民政府 means the government; may be NULL */
  gboolean enterprise_duty; /* `duty-of: enterprise`: the law binds the enterprise, so a
                             * gap is a warning, not an error */
  gboolean from_taxonomy;
  DgLoc loc;
} DgArea;

typedef struct {
  int area;
  char *reason;
  DgLoc loc;
} DgExemption;

/* Who a duty binds: a list of bodies, or every body of some kinds. */
typedef struct {
  GArray *bodies;      /* of int body indexes; for a class duty, the expansion */
  guint kinds;         /* bit (1 << DgBodyKind) per kind; 0 unless class-wide */
  DgRole role;
  gboolean with_upper; /* assists/cooperates with an authority above the town */
  int with_body;       /* body index it assists, or -1 */
  int with_upper_body; /* with_upper naming a body of an upper model: its
                        * index in the model's upper_bodies, else -1 */
  GArray *areas;       /* of int area indexes, never NULL */
  gboolean procedural;
  char *clause;
  char *text;
  DgPeriod every;
  int times;           /* 0 when every is DG_PERIOD_NONE */
  char *note;
  char *provenance;    /* which restructuring moved it here, or NULL */
  int confidence;      /* 0–100 from `dutygraph import`; -1 when absent (hand-made) */
  char *reason;        /* why import chose its role and areas, or NULL */
  char *aspect;        /* the side of its areas it holds (`aspect:`), or NULL:
                        * see analysis/coverage.h */
  DgLoc loc;
} DgDuty;

/* A body of a model above this one (`upper:`) that this model names in a
 * reports-to or a duty's with: copied, so the model stands alone. */
typedef struct {
  char *id;
  char *name;
  DgBodyKind kind;
  char *doc_id;        /* the upper model's document id */
  char *model_path;    /* the upper model's file */
  DgLoc loc;           /* where it is defined (file interned in files) */
} DgUpperBody;

typedef struct DgModel DgModel;

struct DgModel {
  char *path;          /* the model file as given on the command line */
  char *doc_id;
  char *number;
  char *basis;         /* what ordered a restructured model (its scenario's basis), or NULL */
  char *derived_from;  /* the document a restructured model was made from, or NULL */
  char *title;
  GPtrArray *issuers;  /* of char* */
  int year;            /* 0 when absent */
  char *source;        /* resolved path of the document text, or NULL */
  char *taxonomy;      /* resolved path of the taxonomy file, or NULL */
  char *upper;         /* resolved path of the model above (`upper:`), or NULL */
  char *upper_doc_id;  /* its document id */
  const DgModel *upper_model; /* that model, borrowed from the loader's
                               * per-process cache (model-load.h) */
  GPtrArray *upper_bodies;    /* of DgUpperBody*, in order of first mention */

  GPtrArray *principles; /* of DgPrinciple* */
  GPtrArray *bodies;     /* of DgBody* */
  GPtrArray *areas;      /* of DgArea*; taxonomy areas first, then the model's */
  GPtrArray *exemptions; /* of DgExemption* */
  GPtrArray *duties;     /* of DgDuty* */

  GHashTable *body_by_id; /* id -> GINT_TO_POINTER(index + 1) */
  GHashTable *area_by_id;
  GPtrArray *files;       /* of char*: paths that DgLoc.file points into */
};

DgModel *dg_model_new (void);
void dg_upper_body_free (gpointer upper_body);
void dg_model_free (DgModel *model);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DgModel, dg_model_free)

/* The parts of a model with the defaults every builder starts from (the
 * loader, the importer, the matrix reader, restructuring): a body of kind
 * department reporting to nobody; a top-level area; a lead duty with no
 * counterpart and no confidence (-1, hand-made).  Arrays are empty, never
 * NULL; strings NULL; loc zero.  A model's arrays free them. */
DgBody *dg_body_new (void);
DgArea *dg_area_new (void);
DgDuty *dg_duty_new (void);

/* Deep copies; LOC keeps pointing into the files of the model copied from. */
DgBody *dg_body_copy (const DgBody *body);
DgArea *dg_area_copy (const DgArea *area);
DgDuty *dg_duty_copy (const DgDuty *duty);

/* A deep copy of MODEL, its file list copied and every loc pointing into
 * the copy's; upper_model stays borrowed from the loader's cache. */
DgModel *dg_model_copy (const DgModel *model);

/* Index of the body or area with this id, or -1. */
int dg_model_body_index (const DgModel *model, const char *id);
int dg_model_area_index (const DgModel *model, const char *id);

static inline DgBody *
dg_model_body (const DgModel *model, int index)
{
  return g_ptr_array_index (model->bodies, index);
}

static inline DgArea *
dg_model_area (const DgModel *model, int index)
{
  return g_ptr_array_index (model->areas, index);
}

static inline DgUpperBody *
dg_model_upper_body (const DgModel *model, int index)
{
  return g_ptr_array_index (model->upper_bodies, index);
}

static inline DgDuty *
dg_model_duty (const DgModel *model, int index)
{
  return g_ptr_array_index (model->duties, index);
}

/* TRUE when the area is exempt here, itself or through an ancestor. */
gboolean dg_model_area_exempt (const DgModel *model, int area, const DgExemption **why);

/* The shared-basis of the area or of its nearest ancestor that has one, or
 * NULL: the law's sharing of a field holds for every area under it. */
const char *dg_model_area_shared_basis (const DgModel *model, int area);

/* TRUE when BODY's kind can be the residual holder of 安全生产法 第十条: an
 * office, department or station leading comprehensive supervision, not the
 * government, party, villages, leaders or the committee, which hold the
 * territory (属地) and are named as such. */
gboolean dg_model_body_can_be_residual (const DgModel *model, int body);

/* TRUE when the area has no child areas. */
gboolean dg_model_area_is_leaf (const DgModel *model, int area);

/* Names of the enums as written in the model format, and their Chinese labels. */
const char *dg_kind_name (DgBodyKind kind);
const char *dg_role_name (DgRole role);
const char *dg_role_label (DgRole role);
/* The document's words for ROLE, or for an assistance to an authority
 * above the town when WITH_UPPER (协助上级, 配合上级). */
const char *dg_role_words (DgRole role, gboolean with_upper);
const char *dg_kind_label (DgBodyKind kind);
const char *dg_period_name (DgPeriod period);
gboolean dg_kind_from_name (const char *name, DgBodyKind *kind);
gboolean dg_role_from_name (const char *name, DgRole *role);
gboolean dg_period_from_name (const char *name, DgPeriod *period);

G_END_DECLS
