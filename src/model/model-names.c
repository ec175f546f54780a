/*
 * model-names.c — bodies and areas by id, name or alias (see model-names.h).
 */
#include <glib/gi18n.h>

#include "model/model-names.h"
#include "util/suggest-name.h"

static gboolean
live_body (const DgModel *model, guint index)
{
  return dg_model_body_index (model, dg_model_body (model, (int) index)->id) == (int) index;
}

int
dg_model_find_body (const DgModel *model, const char *text)
{
  int by_id = dg_model_body_index (model, text);
  if (by_id >= 0)
    return by_id;
  int found = -1;
  for (guint i = 0; i < model->bodies->len; i++)
    if (live_body (model, i) && g_str_equal (dg_model_body (model, (int) i)->name, text))
      {
        if (found >= 0)
          return -2;
        found = (int) i;
      }
  if (found >= 0)
    return found;
  for (guint i = 0; i < model->bodies->len; i++)
    {
      const DgBody *b = dg_model_body (model, (int) i);
      for (guint k = 0; live_body (model, i) && k < b->aliases->len; k++)
        if (g_str_equal (g_ptr_array_index (b->aliases, k), text))
          {
            if (found >= 0 && found != (int) i)
              return -2;
            found = (int) i;
          }
    }
  return found;
}

int
dg_model_find_area (const DgModel *model, const char *text)
{
  int by_id = dg_model_area_index (model, text);
  if (by_id >= 0)
    return by_id;
  int found = -1;
  for (guint i = 0; i < model->areas->len; i++)
    if (g_str_equal (dg_model_area (model, (int) i)->name, text))
      {
        if (found >= 0)
          return -2;
        found = (int) i;
      }
  return found;
}

/* The words a body or area answers to, each with the index it belongs to. */
typedef struct {
  GPtrArray *words;
  GArray *owner;
} Words;

static void
words_add (Words *w, const char *word, int owner)
{
  g_ptr_array_add (w->words, (gpointer) word);
  g_array_append_val (w->owner, owner);
}

static char *
suggestions (Words *w, const char *text, const char *(*id_of) (const DgModel *, int),
             const char *(*name_of) (const DgModel *, int), const DgModel *model)
{
  g_autoptr (GArray) near = dg_suggest_nearest (text, (const char *const *) w->words->pdata,
                                                w->words->len, 12);
  GString *out = g_string_new (NULL);
  g_autoptr (GHashTable) seen = g_hash_table_new (NULL, NULL);
  guint n = 0;
  for (guint i = 0; i < near->len && n < 3; i++)
    {
      int owner = g_array_index (w->owner, int, g_array_index (near, guint, i));
      if (!g_hash_table_add (seen, GINT_TO_POINTER (owner + 1)))
        continue;
      g_string_append_printf (out, "%s%s (%s)", n++ ? ", " : "", id_of (model, owner),
                              name_of (model, owner));
    }
  g_ptr_array_unref (w->words);
  g_array_unref (w->owner);
  if (n == 0)
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  return g_string_free (out, FALSE);
}

static const char *
body_id (const DgModel *m, int i)
{
  return dg_model_body (m, i)->id;
}

static const char *
body_name (const DgModel *m, int i)
{
  return dg_model_body (m, i)->name;
}

static const char *
area_id (const DgModel *m, int i)
{
  return dg_model_area (m, i)->id;
}

static const char *
area_name (const DgModel *m, int i)
{
  return dg_model_area (m, i)->name;
}

char *
dg_model_body_suggestions (const DgModel *model, const char *text)
{
  Words w = { g_ptr_array_new (), g_array_new (FALSE, FALSE, sizeof (int)) };
  for (guint i = 0; i < model->bodies->len; i++)
    {
      const DgBody *b = dg_model_body (model, (int) i);
      if (!live_body (model, i))
        continue;
      words_add (&w, b->id, (int) i);
      words_add (&w, b->name, (int) i);
      for (guint k = 0; k < b->aliases->len; k++)
        words_add (&w, g_ptr_array_index (b->aliases, k), (int) i);
    }
  return suggestions (&w, text, body_id, body_name, model);
}

char *
dg_model_area_suggestions (const DgModel *model, const char *text)
{
  Words w = { g_ptr_array_new (), g_array_new (FALSE, FALSE, sizeof (int)) };
  for (guint i = 0; i < model->areas->len; i++)
    {
      const DgArea *a = dg_model_area (model, (int) i);
      words_add (&w, a->id, (int) i);
      words_add (&w, a->name, (int) i);
    }
  return suggestions (&w, text, area_id, area_name, model);
}

char *
dg_model_unknown_body (const DgModel *model, const char *text)
{
  g_autofree char *near = dg_model_body_suggestions (model, text);
  if (near)
    return g_strdup_printf (_ ("body '%s' is not defined in the model; did you mean %s?"), text,
                            near);
  return g_strdup_printf (_ ("body '%s' is not defined in the model"), text);
}

char *
dg_model_unknown_area (const DgModel *model, const char *text)
{
  g_autofree char *near = dg_model_area_suggestions (model, text);
  if (near)
    return g_strdup_printf (_ ("area '%s' is not defined in the model; did you mean %s?"), text,
                            near);
  return g_strdup_printf (_ ("area '%s' is not defined in the model"), text);
}
