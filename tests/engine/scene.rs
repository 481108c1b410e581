//! The scene: who is present, where, and how the person seems, as the session's state
//! changes; and the checks on it (`W0507`, `W0508`, `W0509`).

use crate::util;
use sanad::model::*;
use sanad::scene::{Scene, scene};
use sanad::session::{Session, play_script};

const TEXT: &str = r#"Scenario(
    format: 1,
    kind: Investigation,
    title: "t-title",
    summary: "t-summary",
    objectives: ["t-obj"],
    content_note: "t-note",
    scene: Scene(place: FrontDesk, trust: "trust", distress: "distress"),
    cast: {
        "p": Character(name: "t-p", role: Interviewee, gender: Female, age: Adult, look: Look(figure: Woman, skin: 5, clothing: Teal)),
        "boss": Character(name: "t-boss", role: Suspect, gender: Male, age: Older),
        "w": Character(name: "t-w", role: Colleague, gender: Female, age: Adult, present: false),
    },
    variables: {
        "trust": Int(min: 0, max: 10, start: 3, cue: Cue(label: "t-cue", bands: [(0, "t-low"), (4, "t-mid"), (7, "t-high")])),
        "distress": Int(min: 0, max: 10, start: 8, cue: Cue(label: "t-cue2", bands: [(0, "t-calm"), (4, "t-tense"), (7, "t-upset")])),
    },
    start: "a",
    nodes: {
        "a": Line(speaker: "boss", text: "t-a", next: "b"),
        "b": Decision(text: "t-b", choices: [
            Choice(text: "t-c1", effects: [Leave("boss"), Enter("w"), Move(InterviewRoom), Add("distress", -5), Add("trust", 5)], next: "c"),
            Choice(text: "t-c2", effects: [Add("distress", -4)], next: "c2"),
        ]),
        "c": Line(speaker: "w", text: "t-c", next: "end"),
        "c2": Line(speaker: "p", text: "t-c", next: "end2"),
        "end": Ending(outcome: Protected, text: "t-end"),
        "end2": Ending(outcome: Harmful, text: "t-end"),
    },
)"#;

fn load(text: &str) -> (Option<Scenario>, sanad::diagnostic::Report) {
    util::load_text("scene-test.ron", text)
}

fn now(scn: &Scenario, s: &Session) -> Scene {
    scene(scn, s).expect("the scenario has a scene")
}

fn ids(sc: &Scene) -> Vec<&str> {
    sc.people.iter().map(|p| p.id.as_str()).collect()
}

#[test]
fn presence_place_and_the_persons_state_follow_the_run() {
    let (scn, report) = load(TEXT);
    assert!(report.diagnostics.is_empty(), "{}", report.render());
    let scn = scn.unwrap();

    let start = Session::new(&scn, 1);
    let sc = now(&scn, &start);
    assert_eq!(sc.place, Place::FrontDesk);
    assert_eq!(ids(&sc), ["p", "boss"], "the colleague comes in later");
    let boss = &sc.people[1];
    assert!(boss.speaking, "the boss speaks the first line");
    assert_eq!(
        boss.look.figure,
        Figure::ManOlder,
        "the default figure fits an older man"
    );
    let p = &sc.people[0];
    assert!(!p.speaking);
    assert_eq!(p.look.figure, Figure::Woman);
    assert_eq!((p.look.skin, p.look.clothing), (5, Clothing::Teal));
    // trust 3: the lowest band; distress 8: the highest.
    assert_eq!(p.posture, Posture::Withdrawn);
    assert_eq!(p.expression, Expression::Distressed);

    // Separated: the boss leaves, the woman officer comes in, the room changes, and the
    // person settles (trust 8, distress 3).
    let sep = play_script(&scn, 1, &[1]).session;
    let sc = now(&scn, &sep);
    assert_eq!(sc.place, Place::InterviewRoom);
    assert_eq!(ids(&sc), ["p", "w"]);
    assert_eq!(sc.people[0].posture, Posture::Open);
    assert_eq!(sc.people[0].expression, Expression::Open);

    // Not separated: the boss stays; distress 4 is the middle band.
    let kept = play_script(&scn, 1, &[2]).session;
    let sc = now(&scn, &kept);
    assert_eq!(sc.place, Place::FrontDesk);
    assert_eq!(ids(&sc), ["p", "boss"]);
    assert_eq!(sc.people[0].expression, Expression::Tense);
    assert_eq!(sc.people[0].posture, Posture::Withdrawn);
    assert!(
        sc.people.iter().all(|p| !p.speaking),
        "no one speaks an ending"
    );
}

#[test]
fn a_scenario_without_a_scene_has_none() {
    let text = TEXT
        .replace(
            r#"    scene: Scene(place: FrontDesk, trust: "trust", distress: "distress"),
"#,
            "",
        )
        .replace(", Move(InterviewRoom)", "");
    let (scn, report) = load(&text);
    assert!(report.diagnostics.is_empty(), "{}", report.render());
    let scn = scn.unwrap();
    assert_eq!(scene(&scn, &Session::new(&scn, 1)), None);
}

/// The warnings of `text`, as (code, line) pairs.
fn warnings(text: &str) -> Vec<(String, usize)> {
    let (scn, report) = load(text);
    assert!(scn.is_some() && !report.has_errors(), "{}", report.render());
    report
        .diagnostics
        .iter()
        .map(|d| {
            let line = d
                .location
                .as_ref()
                .and_then(|l| l.span)
                .map_or(0, |sp| text[..=sp.start as usize].lines().count());
            (d.code.id.to_string(), line)
        })
        .collect()
}

fn line_of(text: &str, needle: &str) -> usize {
    text.lines().position(|l| l.contains(needle)).unwrap() + 1
}

#[test]
fn a_suspect_left_with_the_person_at_a_protected_ending_is_reported() {
    let text = TEXT.replace("Leave(\"boss\"), ", "");
    assert_eq!(
        warnings(&text),
        [("W0508".to_string(), line_of(&text, "\"end\": Ending"))]
    );
}

#[test]
fn someone_who_speaks_without_being_in_the_scene_is_reported() {
    let text = TEXT.replace("Enter(\"w\"), ", "");
    assert_eq!(
        warnings(&text),
        [("W0507".to_string(), line_of(&text, "\"c\": Line"))]
    );
    // Present on one way there is enough: no warning.
    let text = TEXT.replace(
        r#"Choice(text: "t-c2", effects: ["#,
        r#"Choice(text: "t-c2", effects: [Enter("w"), "#,
    );
    assert_eq!(warnings(&text), []);
}

#[test]
fn a_look_that_does_not_match_the_person_is_reported() {
    let text = TEXT.replace("figure: Woman,", "figure: Boy,");
    assert_eq!(
        warnings(&text),
        [("W0509".to_string(), line_of(&text, "figure: Boy"))]
    );
}

/// Every place, figure and face of `assets/scene/` is read and drawn: each place with
/// people in each posture and expression, mirrored and not, in high contrast and not. The
/// picture is not blank, and the people change it. With `SANAD_SCENE_PNG=dir`, the pictures
/// are written there to look at.
#[test]
fn every_place_figure_and_face_is_drawn() {
    use sanad::drawing::{Art, HEIGHT, WIDTH};
    let root = std::env::var("SANAD_SCENE_ROOT")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|_| util::root());
    let mut art = Art::new(&root);
    art.check_all().unwrap();
    let out = std::env::var("SANAD_SCENE_PNG").ok();
    let figures: Vec<Figure> = Figure::ALL.iter().map(|(_, f)| *f).collect();
    let states = [
        (Posture::Withdrawn, Expression::Withdrawn),
        (Posture::Guarded, Expression::Tense),
        (Posture::Guarded, Expression::Distressed),
        (Posture::Open, Expression::Neutral),
        (Posture::Open, Expression::Open),
    ];
    for (k, (_, place)) in Place::ALL.iter().enumerate() {
        let empty = Scene {
            place: *place,
            people: Vec::new(),
        };
        // Four people a place, so that over the places every figure is drawn.
        let people: Vec<sanad::scene::Person> = (0..4)
            .map(|i| {
                let figure = figures[(k * 4 + i) % figures.len()];
                let (posture, expression) = states[(k + i) % states.len()];
                sanad::scene::Person {
                    id: format!("p{i}"),
                    cast: CastIdx(i as u32),
                    role: Role::Interviewee,
                    look: Look {
                        figure,
                        skin: (1 + (k + i) % 6) as u8,
                        clothing: Clothing::ALL[(k + i) % 8].1,
                    },
                    posture,
                    expression,
                    speaking: i == 1,
                }
            })
            .collect();
        let full = Scene {
            place: *place,
            people,
        };
        for (mirror, hc) in [(false, false), (true, false), (false, true)] {
            let (w, h, px) = art.render(&full, mirror, hc, WIDTH).unwrap();
            assert_eq!((w, h), (WIDTH, HEIGHT));
            let (_, _, bare) = art.render(&empty, mirror, hc, WIDTH).unwrap();
            let differ = px
                .chunks(4)
                .zip(bare.chunks(4))
                .filter(|(a, b)| a != b)
                .count();
            assert!(
                differ > (WIDTH * HEIGHT / 20) as usize,
                "{place:?}: the people change only {differ} pixels"
            );
            let colours: std::collections::HashSet<&[u8]> = px.chunks(4).collect();
            assert!(colours.len() > 20, "{place:?}: {} colours", colours.len());
            if let Some(dir) = &out {
                let path = format!(
                    "{dir}/{}-{}{}.png",
                    place.key(),
                    if mirror { "rtl" } else { "ltr" },
                    if hc { "-hc" } else { "" }
                );
                let f = std::fs::File::create(&path).unwrap();
                let mut e = png::Encoder::new(std::io::BufWriter::new(f), w, h);
                e.set_color(png::ColorType::Rgba);
                e.set_depth(png::BitDepth::Eight);
                e.write_header().unwrap().write_image_data(&px).unwrap();
            }
        }
    }
}

/// Every shipped scenario draws its scene, and the scene follows its best-practice run: it
/// changes on the way (someone comes or goes, or the place moves), the person interviewed is
/// in it at some point, and no suspect is in the room when the run ends.
#[test]
fn every_shipped_scenario_has_a_scene_that_follows_its_best_run() {
    let loaded = crate::common::content();
    let all: Vec<&Scenario> = loaded
        .library
        .groups()
        .into_iter()
        .flat_map(|(_, list)| list)
        .collect();
    assert!(all.len() >= 8, "{} scenarios", all.len());
    for scn in all {
        assert!(scn.scene.is_some(), "{} has no scene", scn.id);
        let Some(plan) = crate::common::best_plan(&scn.id) else {
            panic!("{} has no best-practice plan in tests/plans", scn.id)
        };
        let mut seen = Vec::new();
        for k in 0..=plan.choose.len() {
            let t = play_script(scn, plan.seed, &plan.choose[..k]);
            let sc = scene(scn, &t.session).expect("a scene");
            let key: (Place, Vec<String>) =
                (sc.place, sc.people.iter().map(|p| p.id.clone()).collect());
            if seen.last() != Some(&key) {
                seen.push(key);
            }
            if k == plan.choose.len() {
                assert!(t.session.is_finished(), "{}: the best plan ends", scn.id);
                let suspects: Vec<&str> = sc
                    .people
                    .iter()
                    .filter(|p| p.role == Role::Suspect)
                    .map(|p| p.id.as_str())
                    .collect();
                assert!(suspects.is_empty(), "{}: {suspects:?} at the end", scn.id);
            }
        }
        assert!(
            seen.len() >= 2,
            "{}: the scene never changes: {seen:?}",
            scn.id
        );
        let interviewee = scn
            .cast
            .iter()
            .find(|c| c.role == Role::Interviewee)
            .map(|c| c.id.clone());
        if let Some(id) = interviewee {
            assert!(
                seen.iter().any(|(_, people)| people.contains(&id)),
                "{}: {id} is never in the scene",
                scn.id
            );
        }
    }
}
