/* test-scenario.vala: the binding scenario, in Vala
 *
 * Same scenario as test-scenario.c, compiled against the generated
 * libptce.vapi: a wrong annotation shows up here as a compile error, a double
 * free or a leak (ownership comes from the vapi, not from the programmer).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later */

const string[] PHARES_FOUNDERS = {
  "etudes-et-chantiers-idf",
  "halage",
  "solibio",
  "la-firme-93",
  "mode-estime",
  "novaedia",
  "procarist"
};

const string BAD = """{ "format": "ptce/1",
  "actors": [ { "id": "halage", "name": "Halage" } ],
  "poles": [ { "id": "phares", "name": "Le PHARES",
    "memberships": [ { "actor": "nobody", "roles": [ "member" ] } ] } ] }
""";

static string sample_path () {
  return Test.build_filename (Test.FileType.DIST, "..", "data", "samples", "ptce-samples.json");
}

static Ptce.Dataset load_sample () {
  try {
    var dataset = new Ptce.JsonReader ().load_file (sample_path ());
    assert_nonnull (dataset);
    return dataset;
  } catch (Error e) {
    error ("loading the sample: %s", e.message);
  }
}

static Ptce.Date date_or_die (int year, int month, int day) {
  try {
    return new Ptce.Date (year, month, day);
  } catch (Error e) {
    error ("%04d-%02d-%02d: %s", year, month, day, e.message);
  }
}

/* Ids of the actors of a ListModel, in order. */
static string[] ids (ListModel model) {
  string[] out = {};
  for (uint i = 0; i < model.get_n_items (); i++) {
    var actor = model.get_item (i) as Ptce.Actor;
    assert_nonnull (actor);
    out += actor.id;
  }
  assert_null (model.get_item (model.get_n_items ()));
  return out;
}

static bool same_set (string[] a, string[] b) {
  if (a.length != b.length)
    return false;
  foreach (unowned string s in a)
    if (!(s in b))
      return false;
  return true;
}

static void remove_tree (string dir) {
  try {
    var d = Dir.open (dir);
    unowned string? name;
    while ((name = d.read_name ()) != null)
      assert_cmpint (FileUtils.remove (Path.build_filename (dir, name)), CompareOperator.EQ, 0);
  } catch (FileError e) {
    error ("%s", e.message);
  }
  assert_cmpint (DirUtils.remove (dir), CompareOperator.EQ, 0);
}

/* Ids of the actors of a ListModel of Ptce.Membership, in order. */
static string[] member_ids (ListModel model) {
  assert_true (model.get_item_type () == typeof (Ptce.Membership));
  string[] out = {};
  for (uint i = 0; i < model.get_n_items (); i++) {
    var m = (Ptce.Membership) model.get_item (i);
    assert_true (m.is_member ());
    out += m.actor.id;
  }
  return out;
}

static void test_members_on_date () {
  var dataset = load_sample ();
  var pole = dataset.lookup_pole ("phares");
  assert_nonnull (pole);
  assert_cmpstr (pole.name, CompareOperator.EQ, "Le PHARES");

  assert_cmpuint (pole.list_members_on (date_or_die (2014, 11, 30)).get_n_items (),
                  CompareOperator.EQ, 0);

  var members = member_ids (pole.list_members_on (date_or_die (2014, 12, 1)));
  string[] expected = PHARES_FOUNDERS;
  expected += "cite-phares";
  assert_true (same_set (members, expected));

  /* A partial date stands for its first day. */
  var december = member_ids (pole.list_members_on (date_or_die (2014, 12, 0)));
  assert_true (same_set (december, members));
  assert_cmpuint (pole.list_members_on (date_or_die (2014, 0, 0)).get_n_items (),
                  CompareOperator.EQ, 0);

  var damier = dataset.lookup_pole ("le-damier");
  assert_true (same_set (member_ids (damier.list_members_on (date_or_die (2011, 0, 0))),
                         { "association-le-damier" }));

  var halage = dataset.lookup_actor ("halage");
  assert_nonnull (halage);
  assert_cmpstr (halage.name, CompareOperator.EQ, "Halage");
  assert_null (dataset.lookup_pole ("no-such-pole"));
}

static void test_list_model () {
  var dataset = load_sample ();
  ListModel poles = dataset.get_poles ();
  assert_true (poles.get_item_type () == typeof (Ptce.Pole));
  assert_cmpuint (poles.get_n_items (), CompareOperator.EQ, 3);
  string[] pole_ids = {};
  for (uint i = 0; i < poles.get_n_items (); i++) {
    var pole = (Ptce.Pole) poles.get_item (i);
    pole_ids += pole.id;
  }
  assert_true (same_set (pole_ids, { "phares", "le-damier", "sud-aquitaine" }));

  var actors = ids (dataset.get_actors ());
  assert_cmpint (actors.length, CompareOperator.EQ, 11);
  foreach (unowned string id in PHARES_FOUNDERS)
    assert_true (id in actors);
}

static void test_cooperation_round_trip () {
  var dataset = load_sample ();
  var pole = dataset.lookup_pole ("phares");
  var halage = dataset.lookup_actor ("halage");
  var solibio = dataset.lookup_actor ("solibio");

  var start = date_or_die (2016, 3, 0);
  assert_true (start.get_precision () == Ptce.DatePrecision.MONTH);

  var coop = new Ptce.Cooperation ("achats-groupes", Ptce.CooperationMode.COOPERATION);
  coop.object = Ptce.CooperationObject.GROUP_PURCHASING;
  coop.start = start;
  coop.description = "Achats groupés de fournitures bio";
  assert_true (coop.add_participant (halage));
  assert_true (coop.add_participant (solibio));
  assert_false (coop.add_participant (solibio));

  var reader = new Ptce.JsonReader ();
  var writer = new Ptce.JsonWriter ();
  string tmp;
  try {
    assert_true (pole.add_cooperation (coop));
    tmp = DirUtils.make_tmp ("ptce-bindings-XXXXXX");
  } catch (Error e) {
    error ("%s", e.message);
  }
  var path = Path.build_filename (tmp, "saved.json");

  try {
    assert_true (writer.save_file (dataset, path));
    var reloaded = reader.load_file (path);
    var found = reloaded.lookup_pole ("phares").lookup_cooperation ("achats-groupes");
    assert_nonnull (found);
    assert_true (found.mode == Ptce.CooperationMode.COOPERATION);
    assert_true (found.get_object () == Ptce.CooperationObject.GROUP_PURCHASING);
    assert_cmpstr (found.description, CompareOperator.EQ, "Achats groupés de fournitures bio");
    assert_true (same_set (ids (found.get_participants ()), { "halage", "solibio" }));
    var first = (Ptce.Actor) found.get_participants ().get_item (0);
    assert_true (first == reloaded.lookup_actor (first.id));

    unowned Ptce.Date? found_start = found.get_start ();
    assert_nonnull (found_start);
    assert_true (found_start.get_precision () == Ptce.DatePrecision.MONTH);
    assert_cmpstr (found_start.to_iso8601 (), CompareOperator.EQ, "2016-03");
    assert_true (found_start.equal (start));

    uint8[] saved;
    FileUtils.get_data (path, out saved);
    Bytes bytes1 = writer.save_bytes (reloaded);
    assert_true (bytes1.compare (new Bytes (saved)) == 0);
    Bytes bytes2 = writer.save_bytes (reader.load_bytes (bytes1));
    assert_true (bytes2.compare (bytes1) == 0);

    Json.Node node = writer.save_node (reloaded);
    assert_cmpstr (node.get_object ().get_string_member ("format"), CompareOperator.EQ, "ptce/1");
  } catch (Error e) {
    error ("%s", e.message);
  }
  remove_tree (tmp);
}

static void test_dangling_reference () {
  var reader = new Ptce.JsonReader ();
  string tmp;
  try {
    tmp = DirUtils.make_tmp ("ptce-bindings-XXXXXX");
    FileUtils.set_contents (Path.build_filename (tmp, "dangling.json"), BAD);
  } catch (Error e) {
    error ("%s", e.message);
  }

  bool caught = false;
  try {
    reader.load_file (Path.build_filename (tmp, "dangling.json"));
  } catch (Ptce.Error.DANGLING_REFERENCE e) {
    caught = true;
    assert_true (e is Ptce.Error);
    assert_true (e.matches (Ptce.Error.quark (), Ptce.Error.DANGLING_REFERENCE));
    assert_true ("nobody" in e.message);
  } catch (Error e) {
    error ("wrong error %s:%d: %s", e.domain.to_string (), e.code, e.message);
  }
  assert_true (caught);

  caught = false;
  try {
    reader.load_bytes (new Bytes (BAD.data));
  } catch (Ptce.Error.DANGLING_REFERENCE e) {
    caught = true;
  } catch (Error e) {
    error ("wrong error %s:%d: %s", e.domain.to_string (), e.code, e.message);
  }
  assert_true (caught);
  remove_tree (tmp);
}

static void test_partial_date () {
  Ptce.Date year;
  try {
    year = new Ptce.Date.from_iso8601 ("2014");
  } catch (Error e) {
    error ("%s", e.message);
  }
  assert_true (year.get_precision () == Ptce.DatePrecision.YEAR);
  assert_cmpint (year.get_year (), CompareOperator.EQ, 2014);
  assert_cmpint (year.get_month (), CompareOperator.EQ, 0);
  assert_cmpint (year.get_day (), CompareOperator.EQ, 0);
  assert_cmpstr (year.to_iso8601 (), CompareOperator.EQ, "2014");
  assert_cmpuint (year.get_last_julian () - year.get_first_julian (), CompareOperator.EQ, 364);
  assert_false (year.equal (date_or_die (2014, 12, 1)));

  bool caught = false;
  try {
    new Ptce.Date (2023, 2, 29);
  } catch (Ptce.Error.INVALID_DATE e) {
    caught = true;
  } catch (Error e) {
    error ("wrong error: %s", e.message);
  }
  assert_true (caught);
}

static void test_enums_and_flags () {
  var mode_class = (EnumClass) typeof (Ptce.CooperationMode).class_ref ();
  assert_cmpstr (mode_class.get_value (Ptce.CooperationMode.PARTENARIAT).value_nick,
                 CompareOperator.EQ, "partenariat");
  assert_cmpuint (Ptce.MembershipRole.FOUNDING_MEMBER, CompareOperator.EQ, 1);

  var dataset = load_sample ();
  var memberships = dataset.lookup_pole ("phares").get_memberships ();
  assert_cmpuint (memberships.get_n_items (), CompareOperator.EQ, 8);
  uint founders = 0;
  string[] animators = {};
  for (uint i = 0; i < memberships.get_n_items (); i++) {
    var m = (Ptce.Membership) memberships.get_item (i);
    if (Ptce.MembershipRole.FOUNDING_MEMBER in m.roles)
      founders++;
    if (m.has_role (Ptce.MembershipRole.ANIMATOR))
      animators += m.actor.id;
  }
  assert_cmpuint (founders, CompareOperator.EQ, 7);
  assert_true (same_set (animators, { "cite-phares" }));

  var actor = new Ptce.Actor ("x", "X");
  var roles = Ptce.MembershipRole.MEMBER | Ptce.MembershipRole.TENANT;
  var m = new Ptce.Membership (actor, roles);
  assert_true (m.roles == roles);
  assert_true (m.has_role (Ptce.MembershipRole.TENANT));
  assert_false (m.has_role (Ptce.MembershipRole.FUNDER));
}

static void test_notify () {
  var actor = new Ptce.Actor ("solibio", "Solibio");
  uint count = 0;
  actor.notify["name"].connect ((obj, pspec) => {
    assert_cmpstr (pspec.name, CompareOperator.EQ, "name");
    count++;
  });
  actor.name = "Solibio SCOP";
  assert_cmpuint (count, CompareOperator.EQ, 1);
  actor.set_name ("Solibio SCOP");
  assert_cmpuint (count, CompareOperator.EQ, 1);
  actor.name = "Solibio";
  assert_cmpuint (count, CompareOperator.EQ, 2);
  assert_cmpstr (actor.get_name (), CompareOperator.EQ, "Solibio");
}

/* An (out) boxed parameter, a signal, a nullable boxed property. */
static void test_stage_history () {
  var pole = load_sample ().lookup_pole ("phares");
  uint emitted = 0;
  pole.stages_changed.connect ((p) => {
    assert_true (p == pole);
    emitted++;
  });
  var year_2013 = date_or_die (2013, 0, 0);
  pole.set_stage (Ptce.Stage.CONSOLIDATION, year_2013);
  assert_cmpuint (emitted, CompareOperator.EQ, 1);
  assert_cmpuint (pole.get_n_stage_changes (), CompareOperator.EQ, 1);
  unowned Ptce.Date since;
  assert_true (pole.get_stage_change (0, out since) == Ptce.Stage.CONSOLIDATION);
  assert_true (since.equal (year_2013));
  assert_true (pole.get_stage_on (date_or_die (2020, 1, 1)) == Ptce.Stage.CONSOLIDATION);

  var premises = pole.lookup_cooperation ("batiment-partage");
  premises.end = date_or_die (2030, 0, 0);
  assert_cmpstr (premises.get_end ().to_iso8601 (), CompareOperator.EQ, "2030");
  premises.end = null;
  assert_null (premises.get_end ());
}

/* The store's asynchronous calls are Vala async methods: the vapi gives
 * their finish, their ownership and their errors. */
static async void store_calls (string path, MainLoop loop) {
  try {
    var store = Ptce.Store.open (path, Ptce.StoreOpenFlags.CREATE);
    var submission = yield store.import_file_async (sample_path (), "CRESS", null, null, null);
    assert_cmpuint (submission.get_n_poles (), CompareOperator.EQ, 3);
    var dataset = yield store.load_dataset_async (null, null, null);
    assert_cmpuint (dataset.get_poles ().get_n_items (), CompareOperator.EQ, 3);
    var pole = yield store.load_pole_async ("phares", date_or_die (2023, 1, 1), null, null);
    assert_nonnull (pole.lookup_pole ("phares"));
    var not_found = false;
    try {
      yield store.load_pole_async ("nope", null, null, null);
    } catch (Ptce.StoreError.NOT_FOUND e) {
      not_found = true;
    }
    assert_true (not_found);
    store.close ();
  } catch (Error e) {
    error ("%s", e.message);
  }
  loop.quit ();
}

static void test_store_async () {
  string dir;
  try {
    dir = DirUtils.make_tmp ("ptce-vala-XXXXXX");
  } catch (FileError e) {
    error ("%s", e.message);
  }
  var path = Path.build_filename (dir, "obs.ptcestore");
  var loop = new MainLoop ();
  store_calls.begin (path, loop);
  loop.run ();
  foreach (var suffix in new string[] { "", "-wal", "-shm" })
    FileUtils.unlink (path + suffix);
  DirUtils.remove (dir);
}

int main (string[] args) {
  Test.init (ref args);
  Test.add_func ("/Ptce/Bindings/Vala/members-on-date", test_members_on_date);
  Test.add_func ("/Ptce/Bindings/Vala/list-model", test_list_model);
  Test.add_func ("/Ptce/Bindings/Vala/cooperation-round-trip", test_cooperation_round_trip);
  Test.add_func ("/Ptce/Bindings/Vala/dangling-reference", test_dangling_reference);
  Test.add_func ("/Ptce/Bindings/Vala/partial-date", test_partial_date);
  Test.add_func ("/Ptce/Bindings/Vala/enums-and-flags", test_enums_and_flags);
  Test.add_func ("/Ptce/Bindings/Vala/notify", test_notify);
  Test.add_func ("/Ptce/Bindings/Vala/stage-history", test_stage_history);
  Test.add_func ("/Ptce/Bindings/Vala/store-async", test_store_async);
  return Test.run ();
}
