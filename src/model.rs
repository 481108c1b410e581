//! The scenario model: what a scenario file means once it has been read and its references
//! resolved. References between parts (next node, variable, competency) are indices, so the
//! session never looks anything up by name while a trainee plays. Spans are kept so that the
//! checks can point at the text an author wrote.

use crate::ron_value::Span;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// The scenario format this build reads. Documented in docs/authoring.md.
pub const FORMAT_VERSION: i64 = 1;

/// A Fluent message id.
pub type MsgId = String;

macro_rules! index_type {
    ($name:ident) => {
        #[derive(
            Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
        )]
        pub struct $name(pub u32);
        impl $name {
            /// Stands for a reference that did not resolve; only present in scenarios that
            /// have errors, which are never played.
            pub const INVALID: $name = $name(u32::MAX);
            pub fn idx(self) -> usize {
                self.0 as usize
            }
            pub fn is_valid(self) -> bool {
                self.0 != u32::MAX
            }
        }
    };
}
index_type!(NodeIdx);
index_type!(VarIdx);
index_type!(CastIdx);
index_type!(EvidenceIdx);
index_type!(CompIdx);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ScenarioKind {
    Interview,
    Investigation,
    /// Coordination between agencies: a case conference, a referral meeting.
    Coordination,
}

impl ScenarioKind {
    pub const ALL: [(&'static str, ScenarioKind); 3] = [
        ("Interview", ScenarioKind::Interview),
        ("Investigation", ScenarioKind::Investigation),
        ("Coordination", ScenarioKind::Coordination),
    ];
    pub fn key(self) -> &'static str {
        match self {
            ScenarioKind::Interview => "interview",
            ScenarioKind::Investigation => "investigation",
            ScenarioKind::Coordination => "coordination",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Role {
    Investigator,
    Interviewee,
    Interpreter,
    Colleague,
    Supervisor,
    Suspect,
    Witness,
    Support,
    Other,
}

impl Role {
    pub const ALL: [(&'static str, Role); 9] = [
        ("Investigator", Role::Investigator),
        ("Interviewee", Role::Interviewee),
        ("Interpreter", Role::Interpreter),
        ("Colleague", Role::Colleague),
        ("Supervisor", Role::Supervisor),
        ("Suspect", Role::Suspect),
        ("Witness", Role::Witness),
        ("Support", Role::Support),
        ("Other", Role::Other),
    ];
    /// The UI message id naming the role.
    pub fn msg(self) -> &'static str {
        match self {
            Role::Investigator => "role-investigator",
            Role::Interviewee => "role-interviewee",
            Role::Interpreter => "role-interpreter",
            Role::Colleague => "role-colleague",
            Role::Supervisor => "role-supervisor",
            Role::Suspect => "role-suspect",
            Role::Witness => "role-witness",
            Role::Support => "role-support",
            Role::Other => "role-other",
        }
    }
}

/// How an ending turned out for the person and the case.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Outcome {
    /// The person is safe, informed and referred; the case rests on sound evidence.
    Protected,
    /// Some protection or evidence, with gaps the debrief explains.
    Partial,
    /// The case is damaged: unlawful or lost evidence, a broken interview.
    Compromised,
    /// The person was harmed: punished, exposed or re-traumatised.
    Harmful,
}

impl Outcome {
    pub const ALL: [(&'static str, Outcome); 4] = [
        ("Protected", Outcome::Protected),
        ("Partial", Outcome::Partial),
        ("Compromised", Outcome::Compromised),
        ("Harmful", Outcome::Harmful),
    ];
    pub fn key(self) -> &'static str {
        match self {
            Outcome::Protected => "protected",
            Outcome::Partial => "partial",
            Outcome::Compromised => "compromised",
            Outcome::Harmful => "harmful",
        }
    }
    pub fn msg(self) -> String {
        format!("outcome-{}", self.key())
    }
}

#[derive(Clone, Debug)]
pub struct Character {
    pub id: String,
    pub span: Span,
    pub name: MsgId,
    pub role: Role,
    /// Image under `assets/`, already checked to stay inside it.
    pub portrait: Option<String>,
    /// Who the trainee meets: used by the library checks (victims' gender and age, a woman
    /// interviewer as an option) and by the scene. `None` when the author did not say.
    pub gender: Option<Gender>,
    pub age: Option<AgeGroup>,
    /// How the scene draws them. `None`: a figure chosen from the role, gender and age.
    pub look: Option<Look>,
    /// In the scene when the run starts (`present: false` for someone who comes in later).
    pub present: bool,
    /// The internal flag that says whether they are in the scene now (`present:<id>`).
    pub presence: VarIdx,
}

/// A cast member's gender as the trainee meets them. `Drawn`: a profile pick decides.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Gender {
    Female,
    Male,
    Drawn,
}

impl Gender {
    pub const ALL: [(&'static str, Gender); 3] = [
        ("Female", Gender::Female),
        ("Male", Gender::Male),
        ("Drawn", Gender::Drawn),
    ];
}

/// A cast member's age group. `Drawn`: a profile pick decides.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AgeGroup {
    Child,
    Adult,
    Older,
    Drawn,
}

impl AgeGroup {
    pub const ALL: [(&'static str, AgeGroup); 4] = [
        ("Child", AgeGroup::Child),
        ("Adult", AgeGroup::Adult),
        ("Older", AgeGroup::Older),
        ("Drawn", AgeGroup::Drawn),
    ];
}

/// Where the scene takes place: each has a drawing under `assets/scene/places/`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Place {
    InterviewRoom,
    FrontDesk,
    Checkpoint,
    Market,
    MeetingRoom,
    Apartment,
}

impl Place {
    pub const ALL: [(&'static str, Place); 6] = [
        ("InterviewRoom", Place::InterviewRoom),
        ("FrontDesk", Place::FrontDesk),
        ("Checkpoint", Place::Checkpoint),
        ("Market", Place::Market),
        ("MeetingRoom", Place::MeetingRoom),
        ("Apartment", Place::Apartment),
    ];
    /// The file name under `assets/scene/places/` (without `.svg`), and the key of its UI name
    /// (`place-<key>`).
    pub fn key(self) -> &'static str {
        match self {
            Place::InterviewRoom => "interview-room",
            Place::FrontDesk => "front-desk",
            Place::Checkpoint => "checkpoint",
            Place::Market => "market",
            Place::MeetingRoom => "meeting-room",
            Place::Apartment => "apartment",
        }
    }
    pub fn index(self) -> usize {
        Place::ALL.iter().position(|(_, p)| *p == self).unwrap_or(0)
    }
    pub fn from_index(i: i64) -> Place {
        Place::ALL
            .get(usize::try_from(i).unwrap_or(0))
            .map_or(Place::InterviewRoom, |(_, p)| *p)
    }
}

/// A drawn figure: each has a drawing under `assets/scene/figures/`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Figure {
    Man,
    ManOlder,
    WomanHeadscarf,
    Woman,
    WomanOlder,
    Boy,
    Girl,
    PoliceMan,
    PoliceWoman,
    Asayish,
    ProfessionalWoman,
    ProfessionalMan,
}

impl Figure {
    pub const ALL: [(&'static str, Figure); 12] = [
        ("Man", Figure::Man),
        ("ManOlder", Figure::ManOlder),
        ("WomanHeadscarf", Figure::WomanHeadscarf),
        ("Woman", Figure::Woman),
        ("WomanOlder", Figure::WomanOlder),
        ("Boy", Figure::Boy),
        ("Girl", Figure::Girl),
        ("PoliceMan", Figure::PoliceMan),
        ("PoliceWoman", Figure::PoliceWoman),
        ("Asayish", Figure::Asayish),
        ("ProfessionalWoman", Figure::ProfessionalWoman),
        ("ProfessionalMan", Figure::ProfessionalMan),
    ];
    /// The file name under `assets/scene/figures/`, without `.svg`.
    pub fn key(self) -> &'static str {
        match self {
            Figure::Man => "man",
            Figure::ManOlder => "man-older",
            Figure::WomanHeadscarf => "woman-headscarf",
            Figure::Woman => "woman",
            Figure::WomanOlder => "woman-older",
            Figure::Boy => "boy",
            Figure::Girl => "girl",
            Figure::PoliceMan => "police-man",
            Figure::PoliceWoman => "police-woman",
            Figure::Asayish => "asayish",
            Figure::ProfessionalWoman => "professional-woman",
            Figure::ProfessionalMan => "professional-man",
        }
    }
    pub fn gender(self) -> Gender {
        match self {
            Figure::WomanHeadscarf
            | Figure::Woman
            | Figure::WomanOlder
            | Figure::Girl
            | Figure::PoliceWoman
            | Figure::ProfessionalWoman => Gender::Female,
            _ => Gender::Male,
        }
    }
    pub fn age(self) -> AgeGroup {
        match self {
            Figure::Boy | Figure::Girl => AgeGroup::Child,
            Figure::ManOlder | Figure::WomanOlder => AgeGroup::Older,
            _ => AgeGroup::Adult,
        }
    }
    /// The figure the scene draws when the author gave no `look`.
    pub fn default_for(role: Role, gender: Option<Gender>, age: Option<AgeGroup>) -> Figure {
        let female = gender == Some(Gender::Female);
        match (age, role) {
            (Some(AgeGroup::Child), _) if female => Figure::Girl,
            (Some(AgeGroup::Child), _) => Figure::Boy,
            (_, Role::Investigator | Role::Colleague | Role::Supervisor) if female => {
                Figure::PoliceWoman
            }
            (_, Role::Investigator | Role::Colleague | Role::Supervisor) => Figure::PoliceMan,
            (_, Role::Interpreter | Role::Support) if female => Figure::ProfessionalWoman,
            (_, Role::Interpreter | Role::Support) => Figure::ProfessionalMan,
            (Some(AgeGroup::Older), _) if female => Figure::WomanOlder,
            (Some(AgeGroup::Older), _) => Figure::ManOlder,
            _ if female => Figure::WomanHeadscarf,
            (_, Role::Other | Role::Witness) if gender.is_none() => Figure::ProfessionalWoman,
            _ => Figure::Man,
        }
    }
}

/// The colour of a civilian figure's main garment (uniforms keep theirs).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Clothing {
    Blue,
    Green,
    Maroon,
    Brown,
    Grey,
    Teal,
    Mauve,
    Sand,
}

impl Clothing {
    pub const ALL: [(&'static str, Clothing); 8] = [
        ("Blue", Clothing::Blue),
        ("Green", Clothing::Green),
        ("Maroon", Clothing::Maroon),
        ("Brown", Clothing::Brown),
        ("Grey", Clothing::Grey),
        ("Teal", Clothing::Teal),
        ("Mauve", Clothing::Mauve),
        ("Sand", Clothing::Sand),
    ];
}

/// How a cast member looks in the scene: `Look(figure: WomanHeadscarf, skin: 3, clothing: Teal)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Look {
    pub figure: Figure,
    /// Skin tone, 1 (lightest) to 6 (darkest).
    pub skin: u8,
    pub clothing: Clothing,
}

/// How open the person sits, from the trust cue: three steps.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Posture {
    Withdrawn,
    Guarded,
    Open,
}

/// The face the scene draws.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Expression {
    Neutral,
    Open,
    Tense,
    Distressed,
    Withdrawn,
}

impl Expression {
    /// The file name under `assets/scene/faces/`, without `.svg`.
    pub fn key(self) -> &'static str {
        match self {
            Expression::Neutral => "neutral",
            Expression::Open => "open",
            Expression::Tense => "tense",
            Expression::Distressed => "distressed",
            Expression::Withdrawn => "withdrawn",
        }
    }
}

/// The scenario's scene: `scene: Scene(place: InterviewRoom, trust: "trust", distress: "distress")`.
#[derive(Clone, Debug)]
pub struct SceneSpec {
    pub span: Span,
    /// The internal variable holding the current place (`scene:place`), moved by `Move(..)`.
    pub place: VarIdx,
    /// The cue variables whose bands show as the interviewees' posture and expression.
    pub trust: Option<VarIdx>,
    pub distress: Option<VarIdx>,
}

/// The kind of question a choice asks, in the categories of investigative-interview research
/// (see docs/authoring.md, "Question types").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionType {
    /// An open prompt for free recall: "Tell me about...".
    Invitation,
    /// A wh- question about something the person already mentioned.
    Directive,
    /// Yes/no or either/or.
    OptionPosing,
    /// Assumes or implies the answer, or pressures.
    Suggestive,
    /// Not a question: an explanation, a summary, reassurance.
    Statement,
}

impl QuestionType {
    pub const ALL: [(&'static str, QuestionType); 5] = [
        ("Invitation", QuestionType::Invitation),
        ("Directive", QuestionType::Directive),
        ("OptionPosing", QuestionType::OptionPosing),
        ("Suggestive", QuestionType::Suggestive),
        ("Statement", QuestionType::Statement),
    ];
    /// Position in [`QuestionType::ALL`] and in [`Scenario::question_vars`].
    pub fn index(self) -> usize {
        self as usize
    }
    /// The key in JSON and in message ids (`question-<key>`).
    pub fn key(self) -> &'static str {
        match self {
            QuestionType::Invitation => "invitation",
            QuestionType::Directive => "directive",
            QuestionType::OptionPosing => "option_posing",
            QuestionType::Suggestive => "suggestive",
            QuestionType::Statement => "statement",
        }
    }
    /// The UI message id naming the type.
    pub fn msg(self) -> &'static str {
        match self {
            QuestionType::Invitation => "question-invitation",
            QuestionType::Directive => "question-directive",
            QuestionType::OptionPosing => "question-option-posing",
            QuestionType::Suggestive => "question-suggestive",
            QuestionType::Statement => "question-statement",
        }
    }
    /// Invitations and directives: the questions interview research recommends.
    pub fn recommended(self) -> bool {
        matches!(self, QuestionType::Invitation | QuestionType::Directive)
    }
    /// Statements are not questions; they are left out of the recommended share.
    pub fn is_question(self) -> bool {
        self != QuestionType::Statement
    }
}

/// How many questions of each type were asked, in [`QuestionType::ALL`] order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionCounts(pub [u32; 5]);

impl QuestionCounts {
    pub fn add(&mut self, t: QuestionType) {
        self.0[t.index()] = self.0[t.index()].saturating_add(1);
    }
    pub fn get(&self, t: QuestionType) -> u32 {
        self.0[t.index()]
    }
    /// Questions asked (statements left out).
    pub fn questions(&self) -> u32 {
        QuestionType::ALL
            .iter()
            .filter(|(_, t)| t.is_question())
            .map(|(_, t)| self.get(*t))
            .sum()
    }
    /// Whether any typed choice was taken, statements included.
    pub fn any(&self) -> bool {
        self.0.iter().any(|&n| n > 0)
    }
    /// The share of recommended questions in percent, rounded down; 0 when none was asked.
    pub fn recommended_percent(&self) -> u32 {
        share_percent(
            i64::from(self.get(QuestionType::Invitation) + self.get(QuestionType::Directive)),
            i64::from(self.questions()),
        ) as u32
    }
}

/// `part` of `all` in percent, rounded down; 0 when `all` is 0. The one formula behind the
/// `Recommended` condition, the debrief and `analyze`.
pub fn share_percent(part: i64, all: i64) -> i64 {
    if all <= 0 {
        0
    } else {
        part.saturating_mul(100) / all
    }
}

/// The highest count a question-type counter holds (conditions compare against it).
pub const MAX_QUESTION_COUNT: i64 = 999;

/// A detail that a question can put into the person's account (contamination).
#[derive(Clone, Debug)]
pub struct Detail {
    pub id: String,
    pub span: Span,
    /// What the detail is, shortly.
    pub label: MsgId,
    /// Why it now carries little weight as evidence.
    pub weak: MsgId,
    /// The internal flag that records that it was suggested.
    pub var: VarIdx,
}

#[derive(Clone, Debug, PartialEq)]
pub enum VarType {
    Int { min: i64, max: i64, start: i64 },
    Flag { start: bool },
}

/// How the app shows a variable to the trainee: as words, never as a number.
#[derive(Clone, Debug)]
pub struct Cue {
    /// What the cue is about ("How the person seems").
    pub label: MsgId,
    /// `(from, message)`, ascending: the last band whose `from` is at most the value applies.
    pub bands: Vec<(i64, MsgId)>,
}

impl Cue {
    pub fn band_for(&self, value: i64) -> Option<&MsgId> {
        self.bands
            .iter()
            .rev()
            .find(|(from, _)| value >= *from)
            .map(|(_, m)| m)
    }
}

#[derive(Clone, Debug)]
pub struct Variable {
    pub id: String,
    pub span: Span,
    pub ty: VarType,
    pub cue: Option<Cue>,
    /// Kept by the engine, not declared by the author: a question-type counter or a
    /// suggested detail. Its id (`asked:invitation`, `suggested:<detail>`) is not a valid
    /// author id, so no author reference can name it, and it is never a message argument.
    pub internal: bool,
}

impl Variable {
    pub fn initial(&self) -> i64 {
        match self.ty {
            VarType::Int { start, .. } => start,
            VarType::Flag { start } => i64::from(start),
        }
    }
    pub fn bounds(&self) -> (i64, i64) {
        match self.ty {
            VarType::Int { min, max, .. } => (min, max),
            VarType::Flag { .. } => (0, 1),
        }
    }
    pub fn is_flag(&self) -> bool {
        matches!(self.ty, VarType::Flag { .. })
    }
}

#[derive(Clone, Debug)]
pub struct EvidenceItem {
    pub id: String,
    pub span: Span,
    pub label: MsgId,
}

/// A value handed to Fluent messages.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ArgValue {
    Number(i64),
    Str(String),
    /// A message id, looked up in the trainee's language and passed as text (names).
    Text(MsgId),
}

#[derive(Clone, Debug)]
pub struct ProfileOption {
    pub span: Span,
    pub weight: u32,
    pub args: Vec<(String, ArgValue)>,
    pub set: Vec<Effect>,
    /// How cast members look when this option is drawn (a drawn name and gender get a
    /// matching figure).
    pub looks: Vec<(CastIdx, Look)>,
}

/// A random profile pick: one option is drawn per session, from the seed.
#[derive(Clone, Debug)]
pub struct Pick {
    pub id: String,
    pub span: Span,
    pub options: Vec<ProfileOption>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl CmpOp {
    pub const ALL: [(&'static str, CmpOp); 6] = [
        ("==", CmpOp::Eq),
        ("!=", CmpOp::Ne),
        ("<", CmpOp::Lt),
        ("<=", CmpOp::Le),
        (">", CmpOp::Gt),
        (">=", CmpOp::Ge),
    ];
    pub fn eval(self, a: i64, b: i64) -> bool {
        match self {
            CmpOp::Eq => a == b,
            CmpOp::Ne => a != b,
            CmpOp::Lt => a < b,
            CmpOp::Le => a <= b,
            CmpOp::Gt => a > b,
            CmpOp::Ge => a >= b,
        }
    }
    pub fn symbol(self) -> &'static str {
        CmpOp::ALL
            .iter()
            .find(|(_, o)| *o == self)
            .map_or("?", |(s, _)| s)
    }
}

#[derive(Clone, Debug)]
pub enum Cond {
    Cmp(VarIdx, CmpOp, i64),
    Flag(VarIdx),
    Visited(NodeIdx),
    Has(EvidenceIdx),
    Referred(String),
    /// The share of recommended questions so far (percent, rounded down) compared with a
    /// number. The variables are the counters of invitations, directives, option-posing and
    /// suggestive questions.
    Recommended(CmpOp, i64, [VarIdx; 4]),
    Not(Box<Cond>),
    All(Vec<Cond>),
    Any(Vec<Cond>),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    /// Sets an integer (clamped to bounds) or a flag (0/1).
    Set(VarIdx, i64),
    /// Adds to an integer, saturating at its bounds.
    Add(VarIdx, i64),
    Collect {
        evidence: EvidenceIdx,
        lawful: bool,
    },
    /// The person was referred to a service (shelter, health, legal aid, ...).
    Refer(String),
    /// Another agency was contacted or coordinated with.
    Contact(String),
    /// A note added to the case file.
    Note(MsgId),
}

/// Where a choice is shown regardless of the shuffle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pin {
    /// 1-based position from the top.
    First(u32),
    /// 1-based position from the bottom.
    Last(u32),
}

#[derive(Clone, Debug)]
pub struct Choice {
    pub span: Span,
    pub text: MsgId,
    pub when: Option<Cond>,
    pub effects: Vec<Effect>,
    pub score: Vec<(CompIdx, i64)>,
    pub feedback: Option<MsgId>,
    pub principle: Option<String>,
    pub critical: bool,
    pub pin: Option<Pin>,
    /// What kind of question this is, in an interview.
    pub question: Option<QuestionType>,
    /// `None` only for hub actions: back to the hub.
    pub next: Option<NodeIdx>,
}

#[derive(Clone, Debug)]
pub enum NodeBody {
    /// A line spoken by a cast member, or narration when `speaker` is `None`. `text[0]` is
    /// the main text; the others are variants drawn at random.
    Line {
        speaker: Option<CastIdx>,
        text: Vec<MsgId>,
        next: NodeIdx,
    },
    Decision {
        speaker: Option<CastIdx>,
        text: Option<MsgId>,
        choices: Vec<Choice>,
    },
    /// Investigation hub: each action usable once; after `budget` actions (or when none is
    /// left) the session moves to `exit`. `leave` is the message of an optional early exit.
    Hub {
        text: Option<MsgId>,
        budget: Option<u32>,
        actions: Vec<Choice>,
        exit: NodeIdx,
        leave: Option<MsgId>,
    },
    Ending {
        outcome: Outcome,
        text: MsgId,
    },
    /// Routes on the state without showing anything: the first case whose condition holds,
    /// else `default`. This is how the interviewee's state drives the story.
    Branch {
        cases: Vec<(Cond, NodeIdx, Span)>,
        default: NodeIdx,
    },
}

#[derive(Clone, Debug)]
pub struct Node {
    pub id: String,
    /// The span of the node's key in the `nodes` map.
    pub span: Span,
    pub body: NodeBody,
    /// A discussion point (`discuss: "msg-id"`): in workshop mode the app pauses here, before
    /// the node, and shows this prompt for the group until the trainee continues.
    pub discuss: Option<MsgId>,
}

impl Node {
    pub fn is_ending(&self) -> bool {
        matches!(self.body, NodeBody::Ending { .. })
    }
    pub fn choices(&self) -> &[Choice] {
        match &self.body {
            NodeBody::Decision { choices, .. } => choices,
            NodeBody::Hub { actions, .. } => actions,
            _ => &[],
        }
    }
    /// Every node this node can lead to, ignoring conditions.
    pub fn successors(&self, own: NodeIdx) -> Vec<NodeIdx> {
        let mut out = Vec::new();
        match &self.body {
            NodeBody::Line { next, .. } => out.push(*next),
            NodeBody::Decision { choices, .. } => {
                out.extend(choices.iter().filter_map(|c| c.next));
            }
            NodeBody::Hub { actions, exit, .. } => {
                out.extend(actions.iter().map(|c| c.next.unwrap_or(own)));
                out.push(*exit);
            }
            NodeBody::Branch { cases, default } => {
                out.extend(cases.iter().map(|(_, n, _)| *n));
                out.push(*default);
            }
            NodeBody::Ending { .. } => {}
        }
        out.retain(|n| n.is_valid());
        out
    }
}

#[derive(Clone, Debug)]
pub struct Scenario {
    pub id: String,
    pub format: i64,
    pub kind: ScenarioKind,
    pub title: MsgId,
    pub summary: MsgId,
    pub objectives: Vec<MsgId>,
    pub content_note: MsgId,
    /// Author's estimate of the playing time.
    pub minutes: Option<u32>,
    /// The scenario this one continues (a second interview after the first): the suggested
    /// order puts it right after that one.
    pub follows: Option<(String, Span)>,
    pub cast: Vec<Character>,
    /// The scene panel: where it happens and who shows the person's state. `None`: no scene.
    pub scene: Option<SceneSpec>,
    pub variables: Vec<Variable>,
    pub evidence: Vec<EvidenceItem>,
    /// Details a suggestive question can put into the account.
    pub details: Vec<Detail>,
    /// The internal counter of each question type, in [`QuestionType::ALL`] order, when a
    /// condition reads it.
    pub question_vars: [Option<VarIdx>; 5],
    pub picks: Vec<Pick>,
    pub start: NodeIdx,
    pub nodes: Vec<Node>,
    pub node_index: HashMap<String, NodeIdx>,
    /// Rubric competency ids this scenario scores, in rubric order; `CompIdx` indexes this.
    pub competencies: Vec<String>,
    /// A hash of the source text, so a saved session is never resumed on another version.
    pub fingerprint: u64,
    /// Best achievable points per competency, computed on first use (see `debrief`).
    pub best: std::sync::OnceLock<Vec<i64>>,
    /// The file had errors in its nodes, so some links may be missing.
    pub incomplete: bool,
}

impl Scenario {
    pub fn node(&self, i: NodeIdx) -> &Node {
        &self.nodes[i.idx()]
    }
    /// Whether any choice says what kind of question it is.
    pub fn has_question_types(&self) -> bool {
        self.nodes
            .iter()
            .any(|n| n.choices().iter().any(|c| c.question.is_some()))
    }
    pub fn node_id(&self, id: &str) -> Option<NodeIdx> {
        self.node_index.get(id).copied()
    }
    pub fn var(&self, id: &str) -> Option<VarIdx> {
        self.variables
            .iter()
            .position(|v| v.id == id)
            .map(|i| VarIdx(i as u32))
    }
    /// Every Fluent message id the scenario uses.
    pub fn message_ids(&self) -> Vec<&str> {
        let mut out: Vec<&str> = vec![&self.title, &self.summary, &self.content_note];
        out.extend(self.objectives.iter().map(String::as_str));
        out.extend(self.cast.iter().map(|c| c.name.as_str()));
        out.extend(self.evidence.iter().map(|e| e.label.as_str()));
        for d in &self.details {
            out.push(&d.label);
            out.push(&d.weak);
        }
        for v in &self.variables {
            if let Some(c) = &v.cue {
                out.push(&c.label);
                out.extend(c.bands.iter().map(|(_, m)| m.as_str()));
            }
        }
        for p in &self.picks {
            for o in &p.options {
                for (_, a) in &o.args {
                    if let ArgValue::Text(m) = a {
                        out.push(m);
                    }
                }
                for e in &o.set {
                    if let Effect::Note(m) = e {
                        out.push(m);
                    }
                }
            }
        }
        for n in &self.nodes {
            out.extend(n.discuss.as_deref());
            match &n.body {
                NodeBody::Line { text, .. } => out.extend(text.iter().map(String::as_str)),
                NodeBody::Decision { text, .. } => out.extend(text.as_deref()),
                NodeBody::Hub { text, leave, .. } => {
                    out.extend(text.as_deref());
                    out.extend(leave.as_deref());
                }
                NodeBody::Ending { text, .. } => out.push(text),
                NodeBody::Branch { .. } => {}
            }
            for c in n.choices() {
                out.push(&c.text);
                out.extend(c.feedback.as_deref());
                for e in &c.effects {
                    if let Effect::Note(m) = e {
                        out.push(m);
                    }
                }
            }
        }
        out
    }

    /// Names of the Fluent arguments every message of this scenario receives.
    pub fn argument_names(&self) -> Vec<&str> {
        let mut out: Vec<&str> = self
            .variables
            .iter()
            .filter(|v| !v.internal)
            .map(|v| v.id.as_str())
            .collect();
        for p in &self.picks {
            for o in &p.options {
                out.extend(o.args.iter().map(|(k, _)| k.as_str()));
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    /// Agencies named in referrals and contacts (each needs a UI message `agency-<id>`).
    pub fn agencies(&self) -> Vec<&str> {
        let mut out = Vec::new();
        let effects = self
            .nodes
            .iter()
            .flat_map(|n| n.choices().iter().flat_map(|c| c.effects.iter()))
            .chain(
                self.picks
                    .iter()
                    .flat_map(|p| p.options.iter().flat_map(|o| o.set.iter())),
            );
        for e in effects {
            if let Effect::Refer(a) | Effect::Contact(a) = e {
                out.push(a.as_str());
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// One competency of the rubric.
#[derive(Clone, Debug, Serialize)]
pub struct Competency {
    pub id: String,
    #[serde(skip)]
    pub span: crate::ron_value::Span,
    pub name: MsgId,
    pub description: MsgId,
    pub weight: f64,
}

/// A principle that feedback rests on.
#[derive(Clone, Debug, Serialize)]
pub struct Principle {
    pub id: String,
    pub name: MsgId,
    /// The public source, e.g. "WHO 2003, recommendation 6".
    pub source: String,
}

#[derive(Clone, Debug, Default)]
pub struct Rubric {
    pub competencies: Vec<Competency>,
    pub principles: Vec<Principle>,
}

impl Rubric {
    pub fn competency(&self, id: &str) -> Option<&Competency> {
        self.competencies.iter().find(|c| c.id == id)
    }
    pub fn principle(&self, id: &str) -> Option<&Principle> {
        self.principles.iter().find(|c| c.id == id)
    }
    pub fn message_ids(&self) -> Vec<&str> {
        let mut out = Vec::new();
        for c in &self.competencies {
            out.push(c.name.as_str());
            out.push(c.description.as_str());
        }
        out.extend(self.principles.iter().map(|p| p.name.as_str()));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_recommended_share_leaves_statements_out_and_rounds_down() {
        let mut q = QuestionCounts::default();
        assert_eq!(
            (q.questions(), q.recommended_percent(), q.any()),
            (0, 0, false)
        );
        q.add(QuestionType::Statement);
        assert_eq!(
            (q.questions(), q.recommended_percent(), q.any()),
            (0, 0, true)
        );
        q.add(QuestionType::Invitation);
        q.add(QuestionType::Suggestive);
        q.add(QuestionType::OptionPosing);
        // One recommended question of three: 33.3% rounds down to 33.
        assert_eq!((q.questions(), q.recommended_percent()), (3, 33));
        q.add(QuestionType::Directive);
        assert_eq!(q.recommended_percent(), 50);
        assert_eq!(share_percent(2, 3), 66);
        assert_eq!(share_percent(5, 0), 0);
        let keys: Vec<&str> = QuestionType::ALL.iter().map(|(_, t)| t.key()).collect();
        assert_eq!(
            keys,
            [
                "invitation",
                "directive",
                "option_posing",
                "suggestive",
                "statement"
            ]
        );
        assert!(
            QuestionType::ALL
                .iter()
                .enumerate()
                .all(|(i, (_, t))| t.index() == i)
        );
    }
}
