/* yaml-floor: the cost of parsing models with libfyaml alone.
 *
 *   yaml-floor FILE|DIR…
 *
 * A directory stands for every *.yaml / *.yml file under it (the many-model
 * benchmark: a county, a province, the nation's towns).
 * Reads each file into memory, parses it into a document with the same
 * parser flags dutygraph uses, walks every node (reading each scalar's text
 * and each mapping key), and frees it.  No other work: this is the floor
 * under `dutygraph check` for the same input.  Prints the number of nodes
 * and scalar bytes seen, so the walk cannot be optimised away.
 */
#define _XOPEN_SOURCE 700
#include <ftw.h>
#include <libfyaml.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct counts
{
  unsigned long nodes;
  unsigned long scalar_bytes;
};

static void
walk (struct fy_node *node, struct counts *c)
{
  if (node == NULL)
    return;
  c->nodes++;
  switch (fy_node_get_type (node))
    {
    case FYNT_SCALAR:
      {
        size_t len = 0;
        const char *text = fy_node_get_scalar (node, &len);
        if (text)
          c->scalar_bytes += len;
        break;
      }
    case FYNT_SEQUENCE:
      {
        void *iter = NULL;
        struct fy_node *item;
        while ((item = fy_node_sequence_iterate (node, &iter)) != NULL)
          walk (item, c);
        break;
      }
    case FYNT_MAPPING:
      {
        void *iter = NULL;
        struct fy_node_pair *pair;
        while ((pair = fy_node_mapping_iterate (node, &iter)) != NULL)
          {
            walk (fy_node_pair_key (pair), c);
            walk (fy_node_pair_value (pair), c);
          }
        break;
      }
    }
}

static char *
slurp (const char *path, size_t *len)
{
  FILE *f = fopen (path, "rb");
  if (f == NULL)
    return NULL;
  size_t cap = 1 << 16, n = 0;
  char *buf = malloc (cap);
  size_t got;
  while (buf && (got = fread (buf + n, 1, cap - n, f)) > 0)
    {
      n += got;
      if (n == cap)
        {
          cap *= 2;
          char *bigger = realloc (buf, cap);
          if (bigger == NULL)
            {
              free (buf);
              fclose (f);
              return NULL;
            }
          buf = bigger;
        }
    }
  fclose (f);
  *len = n;
  return buf;
}

static struct counts totals;
static unsigned long files;

/* Parses one file into a document, walks it, frees it; nonzero on failure. */
static int
parse_file (const char *path)
{
  size_t len = 0;
  char *text = slurp (path, &len);
  if (text == NULL)
    {
      fprintf (stderr, "yaml-floor: cannot read %s\n", path);
      return 2;
    }
  struct fy_parse_cfg cfg = { 0 };
  cfg.flags = FYPCF_QUIET | FYPCF_DEFAULT_VERSION_1_2 | FYPCF_JSON_NONE;
  struct fy_parser *parser = fy_parser_create (&cfg);
  if (parser == NULL || fy_parser_set_string (parser, text, len) != 0)
    {
      fprintf (stderr, "yaml-floor: cannot create a parser\n");
      return 2;
    }
  struct fy_document *doc = fy_parse_load_document (parser);
  if (doc == NULL)
    {
      fprintf (stderr, "yaml-floor: %s: parse error\n", path);
      return 1;
    }
  walk (fy_document_root (doc), &totals);
  fy_parse_document_destroy (parser, doc);
  fy_parser_destroy (parser);
  free (text);
  files++;
  return 0;
}

static int
visit (const char *path, const struct stat *st, int type, struct FTW *ftw)
{
  (void) st;
  (void) ftw;
  size_t n = strlen (path);
  if (type != FTW_F)
    return 0;
  if ((n > 5 && strcmp (path + n - 5, ".yaml") == 0) || (n > 4 && strcmp (path + n - 4, ".yml") == 0))
    return parse_file (path);
  return 0;
}

int
main (int argc, char **argv)
{
  if (argc < 2)
    {
      fprintf (stderr, "usage: yaml-floor FILE|DIR…\n");
      return 2;
    }
  for (int i = 1; i < argc; i++)
    {
      struct stat st;
      int rc = stat (argv[i], &st) == 0 && S_ISDIR (st.st_mode) ? nftw (argv[i], visit, 16, FTW_PHYS)
                                                                 : parse_file (argv[i]);
      if (rc != 0)
        return rc;
    }
  printf ("%lu files, %lu nodes, %lu scalar bytes\n", files, totals.nodes, totals.scalar_bytes);
  return 0;
}
