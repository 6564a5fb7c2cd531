#pragma once
// The domain model of a collaboration structure (samverkansmodell), free of any UI or rendering.
//
// Every entity lists its fields once, in its static fields(self, visitor); the file reader and
// writer, the reference checker and the editor's generic inspector all walk that one list, so a
// new field cannot be forgotten by one of them. Field order is the key order in the model file.
// visit() on a const element hands the visitor const references, so read-only visitors need no
// const_cast; on a mutable element it hands mutable ones (the reader, the reference rewriter).
#include "skm/enums.hpp"
#include "skm/maybe.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace skm {

using Id = std::string;

struct Date {
    int year = 0, month = 0, day = 0;
    auto operator<=>(const Date&) const = default;
    std::string str() const; // YYYY-MM-DD
    static bool parse(const std::string& s, Date& out);
    int days_since_epoch() const; // for date arithmetic (civil calendar)
    Date plus_months(int months) const;
};

// How often a forum meets. "vid behov" and unquantified "regelbundet" are kept apart from a
// counted frequency because FOR-02 treats them differently. An unquantified frequency keeps the
// words people wrote ("flera gånger per år"): a question to the steering group, not a gap, and
// not something to round to a number nobody said.
struct Frequency {
    enum class Kind { Count, AsNeeded, Unquantified };
    Kind kind = Kind::Count;
    int count = 1;
    FrequencyPer per = FrequencyPer::Manad;
    std::string words; // Unquantified only: as written; empty means "regelbundet"
    bool operator==(const Frequency&) const = default;
    std::string str() const; // "1 per månad", "vid behov", "regelbundet"
    static bool parse(const std::string& s, Frequency& out);
};

// Bit set of what a reference may point to; the loader checks each reference against it.
enum RefKind : std::uint32_t {
    RefPrincipal = 1u << 0,
    RefUnit = 1u << 1,
    RefRole = 1u << 2,
    RefCitizen = 1u << 3,
    RefLevel = 1u << 4,
    RefLevelLink = 1u << 5,
    RefForum = 1u << 6,
    RefFlow = 1u << 7,
    RefConsent = 1u << 8,
    RefDocument = 1u << 9,
    RefResponsibility = 1u << 10,
    RefProcess = 1u << 11,
    RefEscalation = 1u << 12,
    RefPlan = 1u << 13,
    RefRegime = 1u << 14,
    RefFollowUp = 1u << 15,
    RefChange = 1u << 16,
    RefStep = 1u << 17, // written "PROCESS-ID.STEP-ID"
    RefActor = RefUnit | RefRole | RefCitizen | RefForum,
    RefOwner = RefPrincipal | RefUnit | RefRole | RefForum,
    RefAny = 0x3FFFFu,
};

struct ModelInfo {
    Id id;
    std::string name;
    Maybe<std::string> geography;
    Maybe<std::string> target_group;
    Maybe<Id> regime;
    Date snapshot;
    int horizon_months = 12;
    ModelStatus status = ModelStatus::Nulage;
    Maybe<std::string> steering_group;
    std::string version;
    std::vector<std::string> sources;
    Maybe<std::string> notes;
    bool operator==(const ModelInfo&) const = default;
    template <class S, class V> static void fields(S& s, V& v) {
        v.field("id", s.id);
        v.field("name", s.name);
        v.field("geography", s.geography);
        v.field("target_group", s.target_group);
        v.ref("regime", s.regime, RefRegime);
        v.field("snapshot", s.snapshot);
        v.field("horizon_months", s.horizon_months);
        v.field("status", s.status);
        v.field("steering_group", s.steering_group);
        v.field("version", s.version);
        v.field("sources", s.sources);
        v.field("notes", s.notes);
    }
    template <class V> void visit(V& v) { fields(*this, v); }
    template <class V> void visit(V& v) const { fields(*this, v); }
};

struct Principal {
    Id id;
    std::string name;
    PrincipalType type = PrincipalType::Kommun;
    Maybe<std::string> political_body;
    bool operator==(const Principal&) const = default;
    template <class S, class V> static void fields(S& s, V& v) {
        v.field("id", s.id);
        v.field("name", s.name);
        v.field("type", s.type);
        v.field("political_body", s.political_body);
    }
    template <class V> void visit(V& v) { fields(*this, v); }
    template <class V> void visit(V& v) const { fields(*this, v); }
};

struct Unit {
    Id id;
    std::string name;
    Maybe<Id> principal; // unknown when inherited from the parent
    Maybe<Id> parent;
    // The level band the unit is drawn in on the structure map (where it mainly acts). Unknown:
    // placed by the forums it or its roles sit in; none: drawn outside the bands.
    Maybe<Id> level;
    UnitKind kind = UnitKind::Unit;
    Maybe<Sector> sector;
    std::vector<std::string> legal_frameworks;
    ElementStatus status = ElementStatus::Active;
    Maybe<Date> start;
    Maybe<Date> end;
    bool temporary = false;
    Maybe<std::string> funding;
    bool operator==(const Unit&) const = default;
    template <class S, class V> static void fields(S& s, V& v) {
        v.field("id", s.id);
        v.field("name", s.name);
        v.ref("principal", s.principal, RefPrincipal);
        v.ref("parent", s.parent, RefUnit);
        v.ref("level", s.level, RefLevel);
        v.field("kind", s.kind);
        v.field("sector", s.sector);
        v.field("legal_frameworks", s.legal_frameworks);
        v.field("status", s.status);
        v.field("start", s.start);
        v.field("end", s.end);
        v.field("temporary", s.temporary);
        v.field("funding", s.funding);
    }
    template <class V> void visit(V& v) { fields(*this, v); }
    template <class V> void visit(V& v) const { fields(*this, v); }
};

struct Role {
    Id id;
    std::string title;
    Maybe<Id> unit;
    Maybe<Tier> tier;
    Maybe<std::string> mandate;
    bool cost_decisions = false;
    bool liaison = false;     // kontaktperson: a link between organisations
    bool coordinator = false; // samordnare / huvudansvarig
    bool child_voice = false; // bevakar barnets perspektiv / för barnets talan
    Maybe<int> capacity;      // number of holders
    Maybe<Id> substitute;     // ersättare (another role)
    bool vacant = false;
    Maybe<std::string> person; // a name, or "namngiven" when only the fact matters
    Maybe<Date> start;
    Maybe<Date> end;
    bool operator==(const Role&) const = default;
    template <class S, class V> static void fields(S& s, V& v) {
        v.field("id", s.id);
        v.field("title", s.title);
        v.ref("unit", s.unit, RefUnit);
        v.field("tier", s.tier);
        v.field("mandate", s.mandate);
        v.field("cost_decisions", s.cost_decisions);
        v.field("liaison", s.liaison);
        v.field("coordinator", s.coordinator);
        v.field("child_voice", s.child_voice);
        v.field("capacity", s.capacity);
        v.ref("substitute", s.substitute, RefRole);
        v.field("vacant", s.vacant);
        v.field("person", s.person);
        v.field("start", s.start);
        v.field("end", s.end);
    }
    template <class V> void visit(V& v) { fields(*this, v); }
    template <class V> void visit(V& v) const { fields(*this, v); }
};

struct Citizen {
    Id id;
    CitizenKind kind = CitizenKind::Barn;
    Maybe<std::string> note;
    bool operator==(const Citizen&) const = default;
    template <class S, class V> static void fields(S& s, V& v) {
        v.field("id", s.id);
        v.field("kind", s.kind);
        v.field("note", s.note);
    }
    template <class V> void visit(V& v) { fields(*this, v); }
    template <class V> void visit(V& v) const { fields(*this, v); }
};

struct Level {
    Id id;
    std::string name;
    Tier tier = Tier::O;
    Maybe<Geography> geography;
    int order = 0;
    bool branch = false; // a parallel structure beside the main chain
    Maybe<std::string> tasks;
    std::vector<std::string> key_persons;
    bool operator==(const Level&) const = default;
    template <class S, class V> static void fields(S& s, V& v) {
        v.field("id", s.id);
        v.field("name", s.name);
        v.field("tier", s.tier);
        v.field("geography", s.geography);
        v.field("order", s.order);
        v.field("branch", s.branch);
        v.field("tasks", s.tasks);
        v.field("key_persons", s.key_persons);
    }
    template <class V> void visit(V& v) { fields(*this, v); }
    template <class V> void visit(V& v) const { fields(*this, v); }
};

struct LevelLink {
    Id id;
    Id a, b;
    std::vector<LevelLinkType> types;
    bool operator==(const LevelLink&) const = default;
    template <class S, class V> static void fields(S& s, V& v) {
        v.field("id", s.id);
        v.ref("a", s.a, RefLevel);
        v.ref("b", s.b, RefLevel);
        v.field("types", s.types);
    }
    template <class V> void visit(V& v) { fields(*this, v); }
    template <class V> void visit(V& v) const { fields(*this, v); }
};

struct Membership {
    Id member; // unit or role
    MemberMode mode = MemberMode::Ordinarie;
    Maybe<Id> substitute;
    Maybe<std::string> note; // e.g. "en gång per termin"
    bool operator==(const Membership&) const = default;
    template <class S, class V> static void fields(S& s, V& v) {
        v.ref("member", s.member, RefUnit | RefRole | RefCitizen);
        v.field("mode", s.mode);
        v.ref("substitute", s.substitute, RefUnit | RefRole);
        v.field("note", s.note);
    }
    template <class V> void visit(V& v) { fields(*this, v); }
    template <class V> void visit(V& v) const { fields(*this, v); }
};

struct Forum {
    Id id;
    std::string name;
    Maybe<Id> level;
    ForumKind kind = ForumKind::Samverkansgrupp;
    std::vector<Id> principals;
    std::vector<Membership> members;
    bool members_tbd = false; // "vilka ledamöter som ska ingå är i vissa delar oklart"
    Maybe<Id> convener;       // sammankallande: a role or unit
    Maybe<Id> chair;
    Maybe<Id> secretary;
    Maybe<Frequency> frequency;
    bool event_driven = false;
    Maybe<Mandate> mandate;
    bool cost_decisions = false;
    Maybe<std::string> purpose;
    Maybe<std::string> target_group;
    std::vector<ForumCovers> covers;
    Maybe<Id> reports_to;
    Maybe<Documentation> documentation;
    ElementStatus status = ElementStatus::Active;
    bool temporary = false;
    Maybe<Date> start;
    Maybe<Date> end;
    Maybe<Id> established_by;
    Maybe<std::string> evaluation;
    bool operator==(const Forum&) const = default;
    template <class S, class V> static void fields(S& s, V& v) {
        v.field("id", s.id);
        v.field("name", s.name);
        v.ref("level", s.level, RefLevel);
        v.field("kind", s.kind);
        v.ref("principals", s.principals, RefPrincipal);
        v.field("members", s.members);
        v.field("members_tbd", s.members_tbd);
        v.ref("convener", s.convener, RefRole | RefUnit);
        v.ref("chair", s.chair, RefRole | RefUnit);
        v.ref("secretary", s.secretary, RefRole | RefUnit);
        v.field("frequency", s.frequency);
        v.field("event_driven", s.event_driven);
        v.field("mandate", s.mandate);
        v.field("cost_decisions", s.cost_decisions);
        v.field("purpose", s.purpose);
        v.field("target_group", s.target_group);
        v.field("covers", s.covers);
        v.ref("reports_to", s.reports_to, RefForum);
        v.field("documentation", s.documentation);
        v.field("status", s.status);
        v.field("temporary", s.temporary);
        v.field("start", s.start);
        v.field("end", s.end);
        v.ref("established_by", s.established_by, RefDocument);
        v.field("evaluation", s.evaluation);
    }
    template <class V> void visit(V& v) { fields(*this, v); }
    template <class V> void visit(V& v) const { fields(*this, v); }
};

struct Consent {
    Id id;
    std::vector<Id> given_by; // citizens
    Maybe<std::string> scope;
    Maybe<std::string> form;
    Maybe<std::string> time_limit;
    Maybe<bool> revocable;
    Maybe<Id> sought_by;
    bool operator==(const Consent&) const = default;
    template <class S, class V> static void fields(S& s, V& v) {
        v.field("id", s.id);
        v.ref("given_by", s.given_by, RefCitizen);
        v.field("scope", s.scope);
        v.field("form", s.form);
        v.field("time_limit", s.time_limit);
        v.field("revocable", s.revocable);
        v.ref("sought_by", s.sought_by, RefRole | RefUnit);
    }
    template <class V> void visit(V& v) { fields(*this, v); }
    template <class V> void visit(V& v) const { fields(*this, v); }
};

struct Flow {
    Id id;
    std::string name;
    FlowType type = FlowType::Information;
    Id from, to;
    Maybe<Tier> tier;
    Maybe<Channel> channel;
    Maybe<std::string> trigger;
    Maybe<bool> personal_data;
    bool anonymised = false; // avidentifierad
    Maybe<Id> consent;
    Maybe<std::string> legal_basis;
    std::vector<Id> governed_by;
    Maybe<Id> responds_to;
    Maybe<Id> responsible;
    Maybe<int> lead_time_days;
    Maybe<int> deadline_days;
    std::vector<Id> preceded_by; // planning flows (vårdplanering, inskrivningsmeddelande, SIP)
    Maybe<Id> via_forum;
    Maybe<Id> step; // "PROCESS.STEP" when the flow is part of a process map
    Maybe<bool> written_completion;
    ElementStatus status = ElementStatus::Active;
    bool operator==(const Flow&) const = default;
    template <class S, class V> static void fields(S& s, V& v) {
        v.field("id", s.id);
        v.field("name", s.name);
        v.field("type", s.type);
        v.ref("from", s.from, RefActor);
        v.ref("to", s.to, RefActor);
        v.field("tier", s.tier);
        v.field("channel", s.channel);
        v.field("trigger", s.trigger);
        v.field("personal_data", s.personal_data);
        v.field("anonymised", s.anonymised);
        v.ref("consent", s.consent, RefConsent);
        v.field("legal_basis", s.legal_basis);
        v.ref("governed_by", s.governed_by, RefDocument);
        v.ref("responds_to", s.responds_to, RefFlow);
        v.ref("responsible", s.responsible, RefRole | RefUnit);
        v.field("lead_time_days", s.lead_time_days);
        v.field("deadline_days", s.deadline_days);
        v.ref("preceded_by", s.preceded_by, RefFlow | RefStep | RefPlan);
        v.ref("via_forum", s.via_forum, RefForum);
        v.ref("step", s.step, RefStep);
        v.field("written_completion", s.written_completion);
        v.field("status", s.status);
    }
    template <class V> void visit(V& v) { fields(*this, v); }
    template <class V> void visit(V& v) const { fields(*this, v); }
};

struct Document {
    Id id;
    DocType type = DocType::Overenskommelse;
    std::string title;
    std::vector<Id> parties; // principals
    std::vector<Id> covers_units;
    std::vector<Id> covers_forums;
    std::vector<Id> covers_processes;
    Maybe<Tier> tier;
    Maybe<Id> owner;
    Maybe<Id> adopted_by;
    Maybe<Date> adopted;
    Maybe<Date> valid_to;
    Maybe<Date> review_date;
    Maybe<int> review_cycle_months;
    // A review cycle given only in words ("regelbundet", "vid behov"): kept as written, and a
    // question (how often?) rather than a document without any review.
    Maybe<std::string> review_cycle_words;
    DocStatus status = DocStatus::Antagen;
    Maybe<DocForm> form;
    Maybe<Id> parent;
    Maybe<bool> contains_routines;
    std::vector<DocScope> scope;
    Maybe<std::string> registration_number;
    bool operator==(const Document&) const = default;
    template <class S, class V> static void fields(S& s, V& v) {
        v.field("id", s.id);
        v.field("type", s.type);
        v.field("title", s.title);
        v.ref("parties", s.parties, RefPrincipal);
        v.ref("covers_units", s.covers_units, RefUnit);
        v.ref("covers_forums", s.covers_forums, RefForum);
        v.ref("covers_processes", s.covers_processes, RefProcess);
        v.field("tier", s.tier);
        v.ref("owner", s.owner, RefOwner);
        v.ref("adopted_by", s.adopted_by, RefUnit | RefForum | RefRole);
        v.field("adopted", s.adopted);
        v.field("valid_to", s.valid_to);
        v.field("review_date", s.review_date);
        v.field("review_cycle_months", s.review_cycle_months);
        v.field("review_cycle_words", s.review_cycle_words);
        v.field("status", s.status);
        v.field("form", s.form);
        v.ref("parent", s.parent, RefDocument);
        v.field("contains_routines", s.contains_routines);
        v.field("scope", s.scope);
        v.field("registration_number", s.registration_number);
    }
    template <class V> void visit(V& v) { fields(*this, v); }
    template <class V> void visit(V& v) const { fields(*this, v); }
};

struct Ownership {
    Id owner; // principal, unit, role or forum
    Maybe<Raci> raci;
    Maybe<Date> from;
    Maybe<Date> to;
    bool operator==(const Ownership&) const = default;
    template <class S, class V> static void fields(S& s, V& v) {
        v.ref("owner", s.owner, RefOwner);
        v.field("raci", s.raci);
        v.field("from", s.from);
        v.field("to", s.to);
    }
    template <class V> void visit(V& v) { fields(*this, v); }
    template <class V> void visit(V& v) const { fields(*this, v); }
};

struct Responsibility {
    Id id;
    std::string name;
    std::vector<Ownership> owners;
    Maybe<Id> lead;
    Maybe<std::string> legal_basis;
    Maybe<std::string> target_group;
    bool operator==(const Responsibility&) const = default;
    template <class S, class V> static void fields(S& s, V& v) {
        v.field("id", s.id);
        v.field("name", s.name);
        v.field("owners", s.owners);
        v.ref("lead", s.lead, RefOwner);
        v.field("legal_basis", s.legal_basis);
        v.field("target_group", s.target_group);
    }
    template <class V> void visit(V& v) { fields(*this, v); }
    template <class V> void visit(V& v) const { fields(*this, v); }
};

struct Step {
    Id id;
    std::string name;
    StepType type = StepType::Aktivitet;
    std::vector<Id> lanes;        // performers: must be among the process lanes
    std::vector<Id> participants; // others present (e.g. the family)
    std::vector<Id> next;         // step ids within the same process
    bool shares_info = false;
    bool anonymised = false;
    Maybe<std::string> legal_basis;
    Maybe<Id> handoff;
    Maybe<int> deadline_days;
    bool operator==(const Step&) const = default;
    template <class S, class V> static void fields(S& s, V& v) {
        v.field("id", s.id);
        v.field("name", s.name);
        v.field("type", s.type);
        v.ref("lanes", s.lanes, RefActor);
        v.ref("participants", s.participants, RefActor);
        v.field("next", s.next); // checked per process, not globally
        v.field("shares_info", s.shares_info);
        v.field("anonymised", s.anonymised);
        v.field("legal_basis", s.legal_basis);
        v.ref("handoff", s.handoff, RefFlow);
        v.field("deadline_days", s.deadline_days);
    }
    template <class V> void visit(V& v) { fields(*this, v); }
    template <class V> void visit(V& v) const { fields(*this, v); }
};

// An event that must reach someone, e.g. "avslagsbesked" → socialsekreterare (IND-03c).
struct Trigger {
    Id id;
    std::string name;
    std::vector<Id> must_reach;
    std::vector<Id> route; // flows
    Maybe<std::string> time_limit;
    bool operator==(const Trigger&) const = default;
    template <class S, class V> static void fields(S& s, V& v) {
        v.field("id", s.id);
        v.field("name", s.name);
        v.ref("must_reach", s.must_reach, RefActor);
        v.ref("route", s.route, RefFlow);
        v.field("time_limit", s.time_limit);
    }
    template <class V> void visit(V& v) { fields(*this, v); }
    template <class V> void visit(V& v) const { fields(*this, v); }
};

struct Process {
    Id id;
    std::string name;
    Maybe<Tier> tier;
    Maybe<Id> level;
    Maybe<Id> owner;
    ProcessStatus status = ProcessStatus::Nulage;
    bool case_based = false;
    bool coordination = false;
    Maybe<Id> coordinator;
    std::vector<Id> required_roles;
    std::vector<Id> intervention_providers;
    std::vector<Id> lanes;
    std::vector<Id> governed_by;
    Maybe<std::vector<Id>> mapping_participants;
    std::vector<Step> steps;
    std::vector<Trigger> triggers;
    bool operator==(const Process&) const = default;
    template <class S, class V> static void fields(S& s, V& v) {
        v.field("id", s.id);
        v.field("name", s.name);
        v.field("tier", s.tier);
        v.ref("level", s.level, RefLevel);
        v.ref("owner", s.owner, RefOwner);
        v.field("status", s.status);
        v.field("case_based", s.case_based);
        v.field("coordination", s.coordination);
        v.ref("coordinator", s.coordinator, RefRole | RefUnit);
        v.ref("required_roles", s.required_roles, RefRole | RefUnit);
        v.ref("intervention_providers", s.intervention_providers, RefUnit | RefRole);
        v.ref("lanes", s.lanes, RefActor);
        v.ref("governed_by", s.governed_by, RefDocument);
        v.ref("mapping_participants", s.mapping_participants, RefActor);
        v.field("steps", s.steps);
        v.field("triggers", s.triggers);
    }
    template <class V> void visit(V& v) { fields(*this, v); }
    template <class V> void visit(V& v) const { fields(*this, v); }
};

struct EscalationStep {
    int order = 1;
    std::vector<Id> targets; // several = in parallel, one per party
    Maybe<std::string> time_limit;
    Maybe<std::string> outcome;
    bool operator==(const EscalationStep&) const = default;
    template <class S, class V> static void fields(S& s, V& v) {
        v.field("order", s.order);
        v.ref("targets", s.targets, RefActor);
        v.field("time_limit", s.time_limit);
        v.field("outcome", s.outcome);
    }
    template <class V> void visit(V& v) { fields(*this, v); }
    template <class V> void visit(V& v) const { fields(*this, v); }
};

struct Escalation {
    Id id;
    std::string name;
    EscalationKind kind = EscalationKind::Tvist;
    Maybe<Id> initiator;
    Maybe<std::string> trigger;
    std::vector<EscalationStep> steps;
    std::vector<Id> governed_by;
    bool operator==(const Escalation&) const = default;
    template <class S, class V> static void fields(S& s, V& v) {
        v.field("id", s.id);
        v.field("name", s.name);
        v.field("kind", s.kind);
        v.ref("initiator", s.initiator, RefActor);
        v.field("trigger", s.trigger);
        v.field("steps", s.steps);
        v.ref("governed_by", s.governed_by, RefDocument);
    }
    template <class V> void visit(V& v) { fields(*this, v); }
    template <class V> void visit(V& v) const { fields(*this, v); }
};

struct Intervention {
    std::string name;
    Maybe<std::string> provider; // a unit id, or a rule text in a template
    bool operator==(const Intervention&) const = default;
    template <class S, class V> static void fields(S& s, V& v) {
        v.field("name", s.name);
        v.field("provider", s.provider);
    }
    template <class V> void visit(V& v) { fields(*this, v); }
    template <class V> void visit(V& v) const { fields(*this, v); }
};

struct Goal {
    std::string text;
    Maybe<std::string> due;
    Maybe<std::string> measure;
    bool operator==(const Goal&) const = default;
    template <class S, class V> static void fields(S& s, V& v) {
        v.field("text", s.text);
        v.field("due", s.due);
        v.field("measure", s.measure);
    }
    template <class V> void visit(V& v) { fields(*this, v); }
    template <class V> void visit(V& v) const { fields(*this, v); }
};

struct PlanConsent {
    std::vector<Id> given_by;
    Maybe<std::string> scope;
    Maybe<std::string> time_limit;
    bool operator==(const PlanConsent&) const = default;
    template <class S, class V> static void fields(S& s, V& v) {
        v.ref("given_by", s.given_by, RefCitizen);
        v.field("scope", s.scope);
        v.field("time_limit", s.time_limit);
    }
    template <class V> void visit(V& v) { fields(*this, v); }
    template <class V> void visit(V& v) const { fields(*this, v); }
};

struct Refusal {
    Id by; // the declining unit
    bool motivated = false;
    bool operator==(const Refusal&) const = default;
    template <class S, class V> static void fields(S& s, V& v) {
        v.ref("by", s.by, RefUnit | RefRole);
        v.field("motivated", s.motivated);
    }
    template <class V> void visit(V& v) { fields(*this, v); }
    template <class V> void visit(V& v) const { fields(*this, v); }
};

struct Closure {
    Maybe<bool> joint_decision;
    Maybe<bool> family_consent;
    Maybe<bool> documented;
    Maybe<bool> archived;
    bool operator==(const Closure&) const = default;
    template <class S, class V> static void fields(S& s, V& v) {
        v.field("joint_decision", s.joint_decision);
        v.field("family_consent", s.family_consent);
        v.field("documented", s.documented);
        v.field("archived", s.archived);
    }
    template <class V> void visit(V& v) { fields(*this, v); }
    template <class V> void visit(V& v) const { fields(*this, v); }
};

// A coordinated individual plan *template*: who does what, never case data.
struct Plan {
    Id id;
    std::string name;
    PlanKind kind = PlanKind::Sip;
    Maybe<Id> process;
    Maybe<std::string> overall_responsible;
    std::vector<Id> participants;
    std::vector<Intervention> interventions;
    Maybe<std::string> others_actions;
    std::vector<Goal> goals;
    Maybe<Id> chair;
    Maybe<Id> documenter;
    Maybe<PlanConsent> consent;
    Maybe<std::string> followup;
    Maybe<std::string> followup_motivation;
    Maybe<int> time_to_meeting_days;
    std::vector<Refusal> refusals;
    Maybe<Closure> closure;
    bool operator==(const Plan&) const = default;
    template <class S, class V> static void fields(S& s, V& v) {
        v.field("id", s.id);
        v.field("name", s.name);
        v.field("kind", s.kind);
        v.ref("process", s.process, RefProcess);
        v.field("overall_responsible", s.overall_responsible);
        v.ref("participants", s.participants, RefActor);
        v.field("interventions", s.interventions);
        v.field("others_actions", s.others_actions);
        v.field("goals", s.goals);
        v.ref("chair", s.chair, RefRole | RefUnit);
        v.ref("documenter", s.documenter, RefRole | RefUnit);
        v.field("consent", s.consent);
        v.field("followup", s.followup);
        v.field("followup_motivation", s.followup_motivation);
        v.field("time_to_meeting_days", s.time_to_meeting_days);
        v.field("refusals", s.refusals);
        v.field("closure", s.closure);
    }
    template <class V> void visit(V& v) { fields(*this, v); }
    template <class V> void visit(V& v) const { fields(*this, v); }
};

// The rules a regime sets for SIP-like plans, as data so a new regional agreement needs no code.
struct Regime {
    Id id;
    std::string name;
    Maybe<int> deadline_days;
    RefusalPolicy refusal_allowed = RefusalPolicy::Motiverat;
    bool school_equal_party = false;
    Maybe<int> age_min;
    Maybe<int> age_max;
    Maybe<Date> sip_active_from;
    Maybe<Date> valid_from;
    Maybe<Date> valid_to;
    bool operator==(const Regime&) const = default;
    template <class S, class V> static void fields(S& s, V& v) {
        v.field("id", s.id);
        v.field("name", s.name);
        v.field("deadline_days", s.deadline_days);
        v.field("refusal_allowed", s.refusal_allowed);
        v.field("school_equal_party", s.school_equal_party);
        v.field("age_min", s.age_min);
        v.field("age_max", s.age_max);
        v.field("sip_active_from", s.sip_active_from);
        v.field("valid_from", s.valid_from);
        v.field("valid_to", s.valid_to);
    }
    template <class V> void visit(V& v) { fields(*this, v); }
    template <class V> void visit(V& v) const { fields(*this, v); }
};

struct FollowUp {
    Id id;
    std::string name;
    FollowUpKind kind = FollowUpKind::Samverkan;
    std::vector<Id> targets;
    Maybe<Id> owner;
    Maybe<Frequency> frequency;
    Maybe<Tier> tier;
    Maybe<std::string> method;
    bool operator==(const FollowUp&) const = default;
    template <class S, class V> static void fields(S& s, V& v) {
        v.field("id", s.id);
        v.field("name", s.name);
        v.field("kind", s.kind);
        v.ref("targets", s.targets, RefAny);
        v.ref("owner", s.owner, RefOwner);
        v.field("frequency", s.frequency);
        v.field("tier", s.tier);
        v.field("method", s.method);
    }
    template <class V> void visit(V& v) { fields(*this, v); }
    template <class V> void visit(V& v) const { fields(*this, v); }
};

struct Change {
    Id id;
    Date date;
    std::string description;
    std::vector<Id> affected; // units, roles, forums
    std::vector<Id> notified; // principals told about it
    Maybe<bool> representation_reassigned;
    Maybe<Date> decision_date;
    // What the change does to the structure, so rules can project it (RES-01, CHG-01).
    std::vector<Id> ends; // elements that end on `date`
    bool operator==(const Change&) const = default;
    template <class S, class V> static void fields(S& s, V& v) {
        v.field("id", s.id);
        v.field("date", s.date);
        v.field("description", s.description);
        v.ref("affected", s.affected, RefUnit | RefRole | RefForum);
        v.ref("notified", s.notified, RefPrincipal);
        v.field("representation_reassigned", s.representation_reassigned);
        v.field("decision_date", s.decision_date);
        v.ref("ends", s.ends, RefUnit | RefRole | RefForum);
    }
    template <class V> void visit(V& v) { fields(*this, v); }
    template <class V> void visit(V& v) const { fields(*this, v); }
};

struct RuleSeverityOverride {
    std::string rule; // "FOR-02" or "FOR-04b"
    SeverityOverride severity = SeverityOverride::Warning;
    Maybe<std::string> comment;
    bool operator==(const RuleSeverityOverride&) const = default;
    template <class S, class V> static void fields(S& s, V& v) {
        v.field("rule", s.rule);
        v.field("severity", s.severity);
        v.field("comment", s.comment);
    }
    template <class V> void visit(V& v) { fields(*this, v); }
    template <class V> void visit(V& v) const { fields(*this, v); }
};

// Undantag med motivering: a finding the steering group has decided to accept, and why.
struct Waiver {
    std::string rule; // rule id with sub-letter, e.g. "FOR-04b"
    Id element;       // the element the finding is about ("model" for model-wide findings)
    std::string justification;
    std::string author;
    Date date;
    bool operator==(const Waiver&) const = default;
    template <class S, class V> static void fields(S& s, V& v) {
        v.field("rule", s.rule);
        v.field("element", s.element);
        v.field("justification", s.justification);
        v.field("author", s.author);
        v.field("date", s.date);
    }
    template <class V> void visit(V& v) { fields(*this, v); }
    template <class V> void visit(V& v) const { fields(*this, v); }
};

// Åtgärdsplan: what the steering group does about one finding, by the finding's stable key
// (rule sub-id + element), like a waiver. Kept when the finding disappears, so a closed gap is
// shown as resolved rather than lost.
struct FindingAction {
    std::string rule; // rule id with sub-letter, e.g. "FOR-01"
    Id element;       // the element the finding is about ("model" for model-wide findings)
    Maybe<Id> owner;  // a role or unit that owns the fix
    Maybe<Date> due;
    ActionStatus status = ActionStatus::Oppen;
    Maybe<std::string> note;
    bool operator==(const FindingAction&) const = default;
    template <class S, class V> static void fields(S& s, V& v) {
        v.field("rule", s.rule);
        v.field("element", s.element);
        v.ref("owner", s.owner, RefRole | RefUnit);
        v.field("due", s.due);
        v.field("status", s.status);
        v.field("note", s.note);
    }
    template <class V> void visit(V& v) { fields(*this, v); }
    template <class V> void visit(V& v) const { fields(*this, v); }
};

struct RuleSettings {
    std::vector<RuleSeverityOverride> severity_overrides;
    std::vector<Waiver> waivers;
    std::vector<FindingAction> actions;
    bool operator==(const RuleSettings&) const = default;
    template <class S, class V> static void fields(S& s, V& v) {
        v.field("severity_overrides", s.severity_overrides);
        v.field("waivers", s.waivers);
        v.field("actions", s.actions);
    }
    template <class V> void visit(V& v) { fields(*this, v); }
    template <class V> void visit(V& v) const { fields(*this, v); }
};

struct Model {
    ModelInfo info;
    std::vector<Regime> regimes;
    std::vector<Principal> principals;
    std::vector<Unit> units;
    std::vector<Role> roles;
    std::vector<Citizen> citizens;
    std::vector<Level> levels;
    std::vector<LevelLink> level_links;
    std::vector<Forum> forums;
    std::vector<Consent> consents;
    std::vector<Flow> flows;
    std::vector<Document> documents;
    std::vector<Responsibility> responsibilities;
    std::vector<Process> processes;
    std::vector<Escalation> escalations;
    std::vector<Plan> plans;
    std::vector<FollowUp> followups;
    std::vector<Change> changes;
    RuleSettings rules;
    bool operator==(const Model&) const = default;

    template <class S, class V> static void fields(S& s, V& v) {
        v.field("model", s.info);
        v.collection("regimes", s.regimes, RefRegime);
        v.collection("principals", s.principals, RefPrincipal);
        v.collection("units", s.units, RefUnit);
        v.collection("roles", s.roles, RefRole);
        v.collection("citizens", s.citizens, RefCitizen);
        v.collection("levels", s.levels, RefLevel);
        v.collection("level_links", s.level_links, RefLevelLink);
        v.collection("forums", s.forums, RefForum);
        v.collection("consents", s.consents, RefConsent);
        v.collection("flows", s.flows, RefFlow);
        v.collection("documents", s.documents, RefDocument);
        v.collection("responsibilities", s.responsibilities, RefResponsibility);
        v.collection("processes", s.processes, RefProcess);
        v.collection("escalations", s.escalations, RefEscalation);
        v.collection("plans", s.plans, RefPlan);
        v.collection("followups", s.followups, RefFollowUp);
        v.collection("changes", s.changes, RefChange);
        v.field("rule_settings", s.rules);
    }
    template <class V> void visit(V& v) { fields(*this, v); }
    template <class V> void visit(V& v) const { fields(*this, v); }
};

// Look-ups by id (linear; rules that need speed build their own index, see rules/index.hpp).
template <class T> const T* find_by_id(const std::vector<T>& items, const Id& id) {
    for (const auto& it : items)
        if (it.id == id) return &it;
    return nullptr;
}
template <class T> T* find_by_id(std::vector<T>& items, const Id& id) {
    for (auto& it : items)
        if (it.id == id) return &it;
    return nullptr;
}

// Levels top-down as every view shows them: by tier (P, S, O, I, then A outside the chain), then
// by the model's own order. The map, the report and the workshop reveal must agree on this.
std::vector<const Level*> levels_in_order(const Model& m);

// The principal a unit belongs to, following the parent chain; empty when none is given.
Id effective_principal(const Model& m, const Unit& u);

// Human-readable name of any element by id (name, title or the id itself).
std::string display_name(const Model& m, const Id& id);

// Which collection an id lives in (one RefKind bit), 0 when the id is not found.
std::uint32_t kind_of(const Model& m, const Id& id);

} // namespace skm
