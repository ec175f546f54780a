/*
 * test-import.c — the importer's parts on small texts whose answers are
 * read off the text by hand: numbering markers, the outline's implied
 * items and paragraphs, role splitting, area tagging with negation.
 */
#include <string.h>

#include "import/areas.h"
#include "import/bodies.h"
#include "import/header.h"
#include "import/holder-heading.h"
#include "import/outline.h"
#include "import/roles.h"
#include "model/model-load.h"

static void
test_markers (void)
{
  static const struct {
    const char *line;
    DgMarkStyle style;
    int number;
    const char *rest;
  } cases[] = {
    { "一、原则", DG_MARK_CN, 1, "原则" },
    { "十二、要求", DG_MARK_CN, 12, "要求" },
    { "（三）谁主管", DG_MARK_CN_PAREN, 3, "谁主管" },
    { "(三)谁主管", DG_MARK_CN_PAREN, 3, "谁主管" },
    { "11.张山子", DG_MARK_AR, 11, "张山子" },
    { "2、镇教委", DG_MARK_AR, 2, "镇教委" },
    { "３．全角", DG_MARK_AR, 3, "全角" },
    { "（11）按照", DG_MARK_AR_PAREN, 11, "按照" },
    { "(1)负责", DG_MARK_AR_PAREN, 1, "负责" },
    { "②协助", DG_MARK_CIRCLED, 2, "协助" },
    { "2020年", DG_MARK_NONE, 0, NULL },
    { "1.5倍", DG_MARK_NONE, 0, NULL },
    { "具体职责", DG_MARK_NONE, 0, NULL },
    { "第二章 部门职责", DG_MARK_CHAPTER, 2, "部门职责" },
    { "第五条　县应急管理局", DG_MARK_ARTICLE, 5, "县应急管理局" },
    { "第十二条县教育局", DG_MARK_ARTICLE, 12, "县教育局" },
    { "第一百零二条 本规定", DG_MARK_ARTICLE, 102, "本规定" },
    { "第一百二十三条 本规定", DG_MARK_ARTICLE, 123, "本规定" },
    { "第7条：附则", DG_MARK_ARTICLE, 7, "附则" },
    { "第一责任人", DG_MARK_NONE, 0, NULL },
    { "1）负责", DG_MARK_AR_RPAREN, 1, "负责" },
    { "2)负责", DG_MARK_AR_RPAREN, 2, "负责" },
    { "12) 负责", DG_MARK_AR_RPAREN, 12, "负责" },
    { "三）镇教委", DG_MARK_CN_PAREN, 3, "镇教委" },
    { "⑵协助", DG_MARK_AR_PAREN, 2, "协助" },
    { "㈣镇教委", DG_MARK_CN_PAREN, 4, "镇教委" },
    { "第二批次", DG_MARK_NONE, 0, NULL },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      int number = 0;
      gsize length = 0;
      DgMarkStyle style = dg_outline_marker (cases[i].line, &number, &length);
      g_assert_cmpint (style, ==, cases[i].style);
      if (style != DG_MARK_NONE)
        {
          g_assert_cmpint (number, ==, cases[i].number);
          g_assert_cmpstr (cases[i].line + length, ==, cases[i].rest);
        }
    }
}

static char *
clause (const DgNode *n)
{
  GString *s = g_string_new (NULL);
  g_autoptr (GPtrArray) chain = g_ptr_array_new ();
  for (; n && n->parent; n = n->parent)
    g_ptr_array_insert (chain, 0, (gpointer) n);
  for (guint i = 0; i < chain->len; i++)
    dg_outline_append_token (s, g_ptr_array_index (chain, i));
  return g_string_free (s, FALSE);
}

static void
test_outline (void)
{
  const char *text = "标题\n"
                     "一、原则\n（一）分级负责；\n（二）属地管理。\n镇党委要加强领导。\n"
                     "二、各村职责\n(一)贯彻落实；\n健全预案；\n (三)其他职责。\n"
                     "三、部门职责\n（一）共同职责\n全镇各部门履行下列职责：\n(1)落实政策；\n"
                     "具体职责\n1.镇农机站履行下列职责：\n对农业机械使用进行监督检查；\n"
                     "协助公安部门查处违法载客，\n并依法处理。\n";
  g_autoptr (DgOutline) o = dg_outline_parse (text);
  g_assert_cmpuint (o->preamble->len, ==, 1);
  g_assert_cmpuint (o->root->children->len, ==, 3);
  DgNode *one = g_ptr_array_index (o->root->children, 0);
  g_assert_cmpuint (one->children->len, ==, 3);
  DgNode *para = g_ptr_array_index (one->children, 2);
  g_assert_cmpint (para->type, ==, DG_NODE_PARAGRAPH);
  g_assert_cmpint (para->number, ==, 1);
  DgNode *two = g_ptr_array_index (o->root->children, 1);
  g_assert_cmpuint (two->children->len, ==, 3);
  DgNode *implied = g_ptr_array_index (two->children, 1);
  g_assert_true (implied->implied);
  g_assert_cmpint (implied->type, ==, DG_NODE_ITEM);
  g_autofree char *c2 = clause (implied);
  g_assert_cmpstr (c2, ==, "二(二)");
  DgNode *three = g_ptr_array_index (o->root->children, 2);
  g_assert_cmpuint (three->children->len, ==, 2);
  DgNode *common = g_ptr_array_index (three->children, 0);
  g_assert_cmpint (((DgNode *) g_ptr_array_index (common->children, 0))->type, ==, DG_NODE_INTRO);
  DgNode *specific = g_ptr_array_index (three->children, 1);
  g_autofree char *c3 = clause (specific);
  g_assert_cmpstr (c3, ==, "三(二)");
  DgNode *body = g_ptr_array_index (specific->children, 0);
  g_assert_cmpuint (body->children->len, ==, 2);
  DgNode *second = g_ptr_array_index (body->children, 1);
  g_autofree char *c4 = clause (second);
  g_assert_cmpstr (c4, ==, "三(二)1(2)");
  g_assert_cmpstr (second->text->str, ==, "协助公安部门查处违法载客，并依法处理。");
}

static void
test_roles (void)
{
  /* A text that ends in 其 (no 其一 after it) is read to its end and no
   * further: under ASan a read past it fails here. */
  g_autoptr (GPtrArray) tail = dg_roles_split ("其", NULL);
  g_assert_cmpuint (tail->len, ==, 1);
  g_assert_cmpstr (((const DgRoleSegment *) g_ptr_array_index (tail, 0))->text, ==, "其");

  g_autoptr (GPtrArray) s = dg_roles_split ("协助上级部门监督检查电力安全；组织开展电力大检查；"
                                            "与政府有关部门共同组织应急处置工作。", "镇");
  g_assert_cmpuint (s->len, ==, 3);
  const DgRoleSegment *a = g_ptr_array_index (s, 0), *b = g_ptr_array_index (s, 1),
                      *c = g_ptr_array_index (s, 2);
  g_assert_cmpint (a->role, ==, DG_ROLE_ASSIST);
  g_assert_true (a->with_upper);
  g_assert_cmpstr (a->text, ==, "协助上级部门监督检查电力安全；");
  g_assert_cmpint (b->role, ==, DG_ROLE_LEAD);
  g_assert_cmpint (c->role, ==, DG_ROLE_COOPERATE);

  g_autoptr (GPtrArray) t = dg_roles_split ("鼓励企业研发，对不符合安全标准，危及安全的落后技术，配合相关部门予以淘汰。", NULL);
  g_assert_cmpuint (t->len, ==, 2);
  g_assert_cmpint (((DgRoleSegment *) g_ptr_array_index (t, 0))->role, ==, DG_ROLE_GUIDE);
  g_assert_cmpstr (((DgRoleSegment *) g_ptr_array_index (t, 1))->text, ==,
                   "对不符合安全标准，危及安全的落后技术，配合相关部门予以淘汰。");
  g_assert_cmpint (((DgRoleSegment *) g_ptr_array_index (t, 1))->role, ==, DG_ROLE_COOPERATE);

  g_autoptr (GPtrArray) u = dg_roles_split ("对未进行环境影响评价的企业关闭工作进行监督；", NULL);
  g_assert_cmpint (((DgRoleSegment *) g_ptr_array_index (u, 0))->role, ==, DG_ROLE_SUPERVISE);

  /* 县 is above a town, not above a county. */
  g_autoptr (GPtrArray) v = dg_roles_split ("配合县公安局开展校车安全管理工作。", "镇");
  g_assert_true (((DgRoleSegment *) g_ptr_array_index (v, 0))->with_upper);
  g_autoptr (GPtrArray) w = dg_roles_split ("配合县公安局开展校车安全管理工作。", "县");
  g_assert_false (((DgRoleSegment *) g_ptr_array_index (w, 0))->with_upper);

  /* 代表职工监督: a role of its own after a comma. */
  g_autoptr (GPtrArray) x
      = dg_roles_split ("参与事故调查处理，代表职工监督事故发生单位防范和整改措施的落实。", "镇");
  g_assert_cmpuint (x->len, ==, 2);
  g_assert_cmpint (((DgRoleSegment *) g_ptr_array_index (x, 1))->role, ==, DG_ROLE_SUPERVISE);
  /* 一是/二是 before the verb: each part its own role. */
  g_autoptr (GPtrArray) z = dg_roles_split ("一是负责学校安全管理；二是配合派出所做好校园周边治安工作。", "镇");
  g_assert_cmpuint (z->len, ==, 2);
  g_assert_cmpint (((DgRoleSegment *) g_ptr_array_index (z, 0))->role, ==, DG_ROLE_LEAD);
  g_assert_true (((DgRoleSegment *) g_ptr_array_index (z, 0))->cued);
  g_assert_cmpint (((DgRoleSegment *) g_ptr_array_index (z, 1))->role, ==, DG_ROLE_COOPERATE);
  /* A breach of discipline dealt with is oversight. */
  g_autoptr (GPtrArray) y = dg_roles_split ("对安全生产违纪行为进行调查处理。", "县");
  g_assert_cmpint (((DgRoleSegment *) g_ptr_array_index (y, 0))->role, ==, DG_ROLE_SUPERVISE);
  /* Supervising the units of a sector, or a statutory power over parties,
   * is the holder's lead; statutory oversight of others' work is not. */
  static const struct {
    const char *text;
    DgRole role;
  } cues[] = {
    { "指导、监督林产品加工生产经营单位的安全生产工作；", DG_ROLE_LEAD },
    { "指导学校开展防溺水安全教育。", DG_ROLE_GUIDE },
    { "依法对危险化学品包装物生产企业产品质量进行监督。", DG_ROLE_LEAD },
    { "依法对安全生产和职业病防治工作进行监督。", DG_ROLE_SUPERVISE },
    { "对企业关闭工作进行监督。", DG_ROLE_SUPERVISE },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cues); i++)
    {
      g_autoptr (GPtrArray) r = dg_roles_split (cues[i].text, "镇");
      g_assert_cmpint (((DgRoleSegment *) g_ptr_array_index (r, 0))->role, ==, cues[i].role);
    }

  DgPeriod every;
  int times;
  g_assert_true (dg_roles_period ("每季度至少带队检查 1 次", &every, &times));
  g_assert_cmpint (every, ==, DG_PERIOD_QUARTER);
  g_assert_cmpint (times, ==, 1);
}

static void
test_areas (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DgModel) tax
      = dg_taxonomy_load (DG_SOURCE_ROOT "/model/taxonomy/safety-areas.yaml", NULL, &error);
  g_assert_no_error (error);
  g_autoptr (DgAreaTagger) tagger = dg_area_tagger_new (tax);
  int shortest;
  g_autoptr (GString) why = g_string_new (NULL);
  /* The bracketed exclusion names no area; the product-quality keyword does. */
  g_autoptr (GArray) a = dg_area_tagger_tag (
      tagger, "对危险化学品及其包装物、容器(不包括储存危险化学品的固定式大型储罐)生产企业产品质量进行监督", NULL, why,
      &shortest);
  g_assert_cmpuint (a->len, ==, 1);
  g_assert_cmpstr (dg_model_area (tax, g_array_index (a, int, 0))->id, ==, "hazchem.quality");
  /* Shared head: both public-security areas. */
  g_autoptr (GArray) b = dg_area_tagger_tag (tagger, "负责民用爆炸物品和烟花爆竹公共安全管理", NULL, NULL, &shortest);
  g_assert_cmpuint (b->len, ==, 2);
  g_assert_cmpstr (dg_model_area (tax, g_array_index (b, int, 0))->id, ==, "explosives.public-security");
  g_assert_cmpstr (dg_model_area (tax, g_array_index (b, int, 1))->id, ==, "fireworks.public-security");
  /* A keyword repeated a million times is one area. */
  GString *many = g_string_new (NULL);
  for (int i = 0; i < 100000; i++)
    g_string_append (many, "校车，");
  g_autoptr (GArray) c = dg_area_tagger_tag (tagger, many->str, NULL, NULL, &shortest);
  g_string_free (many, TRUE);
  g_assert_cmpuint (c->len, ==, 1);
  /* A、B等C: the examples yield to C unless C is their field. */
  g_autoptr (GArray) d = dg_area_tagger_tag (tagger, "负责市政工程或商铺装修等占道施工的安全管理", NULL, NULL, &shortest);
  g_assert_cmpuint (d->len, ==, 1);
  g_assert_cmpstr (dg_model_area (tax, g_array_index (d, int, 0))->id, ==, "construction.road-occupation");
  g_autoptr (GArray) e = dg_area_tagger_tag (tagger, "负责水库、泵站、涵洞等水利行业安全生产监督管理", NULL, NULL, &shortest);
  g_assert_cmpuint (e->len, ==, 1);
  g_assert_cmpstr (dg_model_area (tax, g_array_index (e, int, 0))->id, ==, "water.facilities");
  /* 事故…调查处理: the object left to the clause before. */
  g_autoptr (GArray) f = dg_area_tagger_tag (tagger, "协助调查处理；", "本辖区内发生伤亡事故，", NULL, &shortest);
  g_assert_cmpuint (f->len, ==, 1);
  g_assert_cmpstr (dg_model_area (tax, g_array_index (f, int, 0))->id, ==, "emergency.investigation");
  g_autoptr (GArray) g = dg_area_tagger_tag (tagger, "协助调查处理；", "发现违法行为，", NULL, &shortest);
  g_assert_cmpuint (g->len, ==, 0);
  /* 责任追究制 is a system every body keeps, not the discipline area. */
  g_autoptr (GArray) h = dg_area_tagger_tag (tagger, "落实食品安全监管责任制和责任追究制", NULL, NULL, &shortest);
  g_assert_cmpuint (h->len, ==, 1);
  g_assert_cmpstr (dg_model_area (tax, g_array_index (h, int, 0))->id, ==, "food-drug.food");
  /* 指导学校开展防溺水…: the guided party is no area when what it carries
   * out names one; when nothing after 开展 does, the party's field stays. */
  g_autoptr (GArray) i = dg_area_tagger_tag (tagger, "指导学校开展防溺水安全教育。", NULL, NULL, &shortest);
  g_assert_cmpuint (i->len, ==, 1);
  g_assert_cmpstr (dg_model_area (tax, g_array_index (i, int, 0))->id, ==, "drowning");
  g_autoptr (GArray) j = dg_area_tagger_tag (tagger, "指导学校开展自查。", NULL, NULL, &shortest);
  g_assert_cmpuint (j->len, ==, 1);
  g_assert_cmpstr (dg_model_area (tax, g_array_index (j, int, 0))->id, ==, "education.schools");
  g_autoptr (GArray) k = dg_area_tagger_tag (tagger, "负责学校安全管理，开展防溺水安全教育。", NULL, NULL, &shortest);
  g_assert_cmpuint (k->len, ==, 2);
  /* Each ；-clause is tagged on its own: the drill of the third is not the
   * sector's of the first, so both areas stay. */
  g_autoptr (GArray) l = dg_area_tagger_tag (
      tagger, "统筹协调辖区安全生产综合监督管理工作；组织开展生产安全事故应急救援演练。", NULL, NULL,
      &shortest);
  g_assert_cmpuint (l->len, ==, 2);
  g_assert_cmpstr (dg_model_area (tax, g_array_index (l, int, 0))->id, ==, "comprehensive");
  g_assert_cmpstr (dg_model_area (tax, g_array_index (l, int, 1))->id, ==, "emergency.rescue");
  /* X的Y where XY is a keyword, sharing its head across 、; a verb before
   * the 、 of a list of verbs qualifying the keyword after the list. */
  g_autoptr (GArray) n = dg_area_tagger_tag (tagger, "负责民用爆炸物品、烟花爆竹的公共安全管理。", NULL, NULL,
                                             &shortest);
  g_assert_cmpuint (n->len, ==, 2);
  g_assert_cmpstr (dg_model_area (tax, g_array_index (n, int, 0))->id, ==, "explosives.public-security");
  g_assert_cmpstr (dg_model_area (tax, g_array_index (n, int, 1))->id, ==, "fireworks.public-security");
  g_autoptr (GArray) o = dg_area_tagger_tag (tagger, "配合查处非法储存、销售烟花爆竹行为。", NULL, NULL, &shortest);
  g_assert_cmpuint (o->len, ==, 1);
  g_assert_cmpstr (dg_model_area (tax, g_array_index (o, int, 0))->id, ==, "fireworks.illegal");
  /* Within one clause a sector's drill stays the sector's. */
  g_autoptr (GArray) m = dg_area_tagger_tag (tagger, "组织开展燃气安全应急演练。", NULL, NULL, &shortest);
  g_assert_cmpuint (m->len, ==, 1);
  g_assert_cmpstr (dg_model_area (tax, g_array_index (m, int, 0))->id, ==, "construction.gas");
}

/* A holder named before its verb and colon heads the clauses after it;
 * a task's holder named after 由 does not. */
/* A label line under a holder's heading is carried by the items after it,
 * and is no node of its own. */
static void
test_label_lines (void)
{
  g_autoptr (DgOutline) o = dg_outline_parse ("一、部门职责\n（一）镇应急管理办公室\n【主要职责】\n1.负责综合监管；\n"
                                              "【配合职责】\n2.配合开展事故调查。\n（二）镇派出所\n1.负责交通安全。\n");
  DgNode *section = g_ptr_array_index (o->root->children, 0);
  g_assert_cmpuint (section->children->len, ==, 2);
  DgNode *office = g_ptr_array_index (section->children, 0);
  g_assert_cmpuint (office->children->len, ==, 2);
  DgNode *first = g_ptr_array_index (office->children, 0);
  DgNode *second = g_ptr_array_index (office->children, 1);
  g_assert_cmpstr (first->label, ==, "主要职责");
  g_assert_cmpstr (second->label, ==, "配合职责");
  DgNode *police = g_ptr_array_index (section->children, 1);
  g_assert_null (((DgNode *) g_ptr_array_index (police->children, 0))->label);
}

static void
test_body_heading (void)
{
  static const struct
  {
    const char *heading, *name, *rest;
  } cases[] = {
    { "街道应急管理办公室负责：统筹协调…；组织开展…。", "街道应急管理办公室", "统筹协调…；组织开展…。" },
    { "街道城市管理办公室主要负责：", "街道城市管理办公室", NULL },
    { "城关派出所职责：负责辖区道路交通安全管理。", "城关派出所", "负责辖区道路交通安全管理。" },
    { "红岩派出所负有以下职责：", "红岩派出所", NULL },
    { "关于县水利局的安全生产职责", "县水利局", NULL },
    { "县文化和旅游局在安全生产方面的职责", "县文化和旅游局", NULL },
    { "县林业局承担的安全生产职责", "县林业局", NULL },
    { "县公安局。主要履行以下职责：", "县公安局", NULL },
    { "县卫生健康局。安全生产监管职责具体包括：", "县卫生健康局", NULL },
    { "由镇应急管理办公室负责：", NULL, NULL },
    { "组织开展安全生产大检查负责：", NULL, NULL },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *rest = NULL;
      g_autofree char *name = dg_body_from_heading (cases[i].heading, &rest);
      g_assert_cmpstr (name, ==, cases[i].name);
      g_assert_cmpstr (rest, ==, cases[i].rest);
    }
}

/* The place is left off a name for matching, never a word's first
 * character: 城关市场监督管理所 is known again as 市场监督管理所. */
static void
test_body_names (void)
{
  g_autoptr (DgModel) m = dg_model_new ();
  DgBodyNames *names = dg_body_names_new (m, "城关", "街道");
  int a = dg_body_names_intern (names, "城关市场监督管理所", "1");
  int b = dg_body_names_intern (names, "市场监督管理所", "2");
  g_assert_cmpint (a, ==, b);
  const DgBody *body = dg_model_body (m, a);
  for (guint i = 0; i < body->aliases->len; i++)
    g_assert_cmpstr (g_ptr_array_index (body->aliases, i), !=, "场监督管理所");
  dg_body_names_free (names);
  /* An operator's principal is outside the town's organs (he holds, he
   * does not steer); a grid worker is a village's post. */
  g_assert_cmpint (dg_body_kind_guess ("生产经营单位主要负责人", "城关", "街道"), ==, DG_KIND_EXTERNAL);
  g_assert_cmpint (dg_body_kind_guess ("各村（社区）网格员", "城关", "街道"), ==, DG_KIND_VILLAGE);
  g_assert_cmpint (dg_body_kind_guess ("镇党委书记", "城关", "街道"), ==, DG_KIND_LEADER);
  g_assert_true (dg_body_name_plausible ("各村（社区）网格员"));
}

/* The header: issuers after the title, the year and the place of a
 * document without a 文号. */
static void
test_header (void)
{
  g_autoptr (DgOutline) o = dg_outline_parse ("西岭镇2024年安全生产重点工作任务分工方案\n\n"
                                              "中共西岭镇委员会 西岭镇人民政府\n\n"
                                              "一、重点任务\n（一）学校安全。\n");
  g_autoptr (DgModel) m = dg_model_new ();
  DgPlace place;
  dg_header_read (o->preamble, m, "fallback", &place);
  g_assert_cmpstr (m->title, ==, "西岭镇2024年安全生产重点工作任务分工方案");
  g_assert_cmpint (m->year, ==, 2024);
  g_assert_cmpuint (m->issuers->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (m->issuers, 1), ==, "西岭镇人民政府");
  g_assert_cmpstr (place.place, ==, "西岭");
  g_assert_cmpstr (place.level, ==, "镇");
  g_free (place.place);
  g_free (place.level);

  g_autoptr (DgOutline) p = dg_outline_parse ("关于加强重点区域安全管理的意见\n\n2023年3月1日\n\n一、要求\n");
  g_autoptr (DgModel) n = dg_model_new ();
  dg_header_read (p->preamble, n, "fallback", &place);
  g_assert_cmpint (n->year, ==, 2023);
  g_assert_null (place.place); /* 重点区域 is no 区 */
  g_assert_cmpuint (n->issuers->len, ==, 0);
}

/* A line that only names a holder: its wrappings, and what is no name. */
static void
test_holder_heading (void)
{
  static const struct {
    const char *line;
    const char *name; /* NULL: not a holder's heading */
    gboolean marked;
  } cases[] = {
    { "【镇农业服务中心】", "镇农业服务中心", TRUE },
    { "〔柳林派出所〕", "柳林派出所", TRUE },
    { "● 镇卫生院", "镇卫生院", TRUE },
    { "镇供电所职责：", "镇供电所", TRUE },
    { "街道应急管理办公室", "街道应急管理办公室", FALSE },
    { "和平派出所", "和平派出所", FALSE },
    { "负责督促各站所", NULL, FALSE },
    { "中共西岭镇委员会 西岭镇人民政府", NULL, FALSE },
    { "【工作要求】", NULL, TRUE },
    { "为压实安全生产监管责任，明确各单位职责如下。", NULL, TRUE },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gboolean marked = FALSE;
      g_autofree char *name = dg_holder_heading_name (cases[i].line, strlen (cases[i].line), &marked);
      g_assert_cmpstr (name, ==, cases[i].name);
      if (cases[i].name)
        g_assert_cmpint (marked, ==, cases[i].marked);
    }
}

/* A bare name heads the numbered items below it; over prose, or as the
 * signature after the last item, it heads nothing. */
static void
test_bare_holder_lines (void)
{
  g_autoptr (DgOutline) o = dg_outline_parse ("明确各单位职责如下。\n\n街道应急管理办公室\n（1）负责甲。\n（2）负责乙。\n\n"
                                              "和平派出所\n（1）负责丙。\n\n和平街道办事处\n2024年5月10日\n");
  g_assert_cmpuint (o->root->children->len, ==, 2);
  const DgNode *first = g_ptr_array_index (o->root->children, 0);
  const DgNode *second = g_ptr_array_index (o->root->children, 1);
  g_assert_cmpstr (first->text->str, ==, "街道应急管理办公室");
  g_assert_cmpuint (first->children->len, ==, 2);
  g_assert_cmpstr (second->text->str, ==, "和平派出所");
  g_assert_cmpuint (second->children->len, ==, 1);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import/markers", test_markers);
  g_test_add_func ("/import/outline", test_outline);
  g_test_add_func ("/import/roles", test_roles);
  g_test_add_func ("/import/areas", test_areas);
  g_test_add_func ("/import/header", test_header);
  g_test_add_func ("/import/body-heading", test_body_heading);
  g_test_add_func ("/import/label-lines", test_label_lines);
  g_test_add_func ("/import/body-names", test_body_names);
  g_test_add_func ("/import/holder-heading", test_holder_heading);
  g_test_add_func ("/import/bare-holder-lines", test_bare_holder_lines);
  return g_test_run ();
}
