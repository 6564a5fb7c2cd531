#pragma once
// The domain model of a collaboration structure (samverkansmodell), free of any UI or rendering.
//
// Every entity lists its fields once, in visit(); the file reader and writer, the reference
// checker and the editor's generic inspector all walk that one list, so a new field cannot be
// forgotten by one of them. Field order in visit() is the key order in the model file.
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
// counted frequency because FOR-02 treats them differently.
struct Frequency {
    enum class Kind { Count, AsNeeded, Unquantified };
    Kind kind = Kind::Count;
    int count = 1;
    FrequencyPer per = FrequencyPer::Manad;
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
    template <class V> void visit(V& v) {
        v.field("id", id);
        v.field("name", name);
        v.field("geography", geography);
        v.field("target_group", target_group);
        v.ref("regime", regime, RefRegime);
        v.field("snapshot", snapshot);
        v.field("horizon_months", horizon_months);
        v.field("status", status);
        v.field("steering_group", steering_group);
        v.field("version", version);
        v.field("sources", sources);
        v.field("notes", notes);
    }
};

struct Principal {
    Id id;
    std::string name;
    PrincipalType type = PrincipalType::Kommun;
    Maybe<std::string> political_body;
    bool operator==(const Principal&) const = default;
    template <class V> void visit(V& v) {
        v.field("id", id);
        v.field("name", name);
        v.field("type", type);
        v.field("political_body", political_body);
    }
};

struct Unit {
    Id id;
    std::string name;
    Maybe<Id> principal; // unknown when inherited from the parent
    Maybe<Id> parent;
    UnitKind kind = UnitKind::Unit;
    Maybe<Sector> sector;
    std::vector<std::string> legal_frameworks;
    ElementStatus status = ElementStatus::Active;
    Maybe<Date> start;
    Maybe<Date> end;
    bool temporary = false;
    Maybe<std::string> funding;
    bool operator==(const Unit&) const = default;
    template <class V> void visit(V& v) {
        v.field("id", id);
        v.field("name", name);
        v.ref("principal", principal, RefPrincipal);
        v.ref("parent", parent, RefUnit);
        v.field("kind", kind);
        v.field("sector", sector);
        v.field("legal_frameworks", legal_frameworks);
        v.field("status", status);
        v.field("start", start);
        v.field("end", end);
        v.field("temporary", temporary);
        v.field("funding", funding);
    }
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
    template <class V> void visit(V& v) {
        v.field("id", id);
        v.field("title", title);
        v.ref("unit", unit, RefUnit);
        v.field("tier", tier);
        v.field("mandate", mandate);
        v.field("cost_decisions", cost_decisions);
        v.field("liaison", liaison);
        v.field("coordinator", coordinator);
        v.field("child_voice", child_voice);
        v.field("capacity", capacity);
        v.ref("substitute", substitute, RefRole);
        v.field("vacant", vacant);
        v.field("person", person);
        v.field("start", start);
        v.field("end", end);
    }
};

struct Citizen {
    Id id;
    CitizenKind kind = CitizenKind::Barn;
    Maybe<std::string> note;
    bool operator==(const Citizen&) const = default;
    template <class V> void visit(V& v) {
        v.field("id", id);
        v.field("kind", kind);
        v.field("note", note);
    }
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
    template <class V> void visit(V& v) {
        v.field("id", id);
        v.field("name", name);
        v.field("tier", tier);
        v.field("geography", geography);
        v.field("order", order);
        v.field("branch", branch);
        v.field("tasks", tasks);
        v.field("key_persons", key_persons);
    }
};

struct LevelLink {
    Id id;
    Id a, b;
    std::vector<LevelLinkType> types;
    bool operator==(const LevelLink&) const = default;
    template <class V> void visit(V& v) {
        v.field("id", id);
        v.ref("a", a, RefLevel);
        v.ref("b", b, RefLevel);
        v.field("types", types);
    }
};

struct Membership {
    Id member; // unit or role
    MemberMode mode = MemberMode::Ordinarie;
    Maybe<Id> substitute;
    Maybe<std::string> note; // e.g. "en gång per termin"
    bool operator==(const Membership&) const = default;
    template <class V> void visit(V& v) {
        v.ref("member", member, RefUnit | RefRole | RefCitizen);
        v.field("mode", mode);
        v.ref("substitute", substitute, RefUnit | RefRole);
        v.field("note", note);
    }
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
    template <class V> void visit(V& v) {
        v.field("id", id);
        v.field("name", name);
        v.ref("level", level, RefLevel);
        v.field("kind", kind);
        v.ref("principals", principals, RefPrincipal);
        v.field("members", members);
        v.field("members_tbd", members_tbd);
        v.ref("convener", convener, RefRole | RefUnit);
        v.ref("chair", chair, RefRole | RefUnit);
        v.ref("secretary", secretary, RefRole | RefUnit);
        v.field("frequency", frequency);
        v.field("event_driven", event_driven);
        v.field("mandate", mandate);
        v.field("cost_decisions", cost_decisions);
        v.field("purpose", purpose);
        v.field("target_group", target_group);
        v.field("covers", covers);
        v.ref("reports_to", reports_to, RefForum);
        v.field("documentation", documentation);
        v.field("status", status);
        v.field("temporary", temporary);
        v.field("start", start);
        v.field("end", end);
        v.ref("established_by", established_by, RefDocument);
        v.field("evaluation", evaluation);
    }
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
    template <class V> void visit(V& v) {
        v.field("id", id);
        v.ref("given_by", given_by, RefCitizen);
        v.field("scope", scope);
        v.field("form", form);
        v.field("time_limit", time_limit);
        v.field("revocable", revocable);
        v.ref("sought_by", sought_by, RefRole | RefUnit);
    }
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
    template <class V> void visit(V& v) {
        v.field("id", id);
        v.field("name", name);
        v.field("type", type);
        v.ref("from", from, RefActor);
        v.ref("to", to, RefActor);
        v.field("tier", tier);
        v.field("channel", channel);
        v.field("trigger", trigger);
        v.field("personal_data", personal_data);
        v.field("anonymised", anonymised);
        v.ref("consent", consent, RefConsent);
        v.field("legal_basis", legal_basis);
        v.ref("governed_by", governed_by, RefDocument);
        v.ref("responds_to", responds_to, RefFlow);
        v.ref("responsible", responsible, RefRole | RefUnit);
        v.field("lead_time_days", lead_time_days);
        v.field("deadline_days", deadline_days);
        v.ref("preceded_by", preceded_by, RefFlow | RefStep | RefPlan);
        v.ref("via_forum", via_forum, RefForum);
        v.ref("step", step, RefStep);
        v.field("written_completion", written_completion);
        v.field("status", status);
    }
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
    DocStatus status = DocStatus::Antagen;
    Maybe<DocForm> form;
    Maybe<Id> parent;
    Maybe<bool> contains_routines;
    std::vector<DocScope> scope;
    Maybe<std::string> registration_number;
    bool operator==(const Document&) const = default;
    template <class V> void visit(V& v) {
        v.field("id", id);
        v.field("type", type);
        v.field("title", title);
        v.ref("parties", parties, RefPrincipal);
        v.ref("covers_units", covers_units, RefUnit);
        v.ref("covers_forums", covers_forums, RefForum);
        v.ref("covers_processes", covers_processes, RefProcess);
        v.field("tier", tier);
        v.ref("owner", owner, RefOwner);
        v.ref("adopted_by", adopted_by, RefUnit | RefForum | RefRole);
        v.field("adopted", adopted);
        v.field("valid_to", valid_to);
        v.field("review_date", review_date);
        v.field("review_cycle_months", review_cycle_months);
        v.field("status", status);
        v.field("form", form);
        v.ref("parent", parent, RefDocument);
        v.field("contains_routines", contains_routines);
        v.field("scope", scope);
        v.field("registration_number", registration_number);
    }
};

struct Ownership {
    Id owner; // principal, unit, role or forum
    Maybe<Raci> raci;
    Maybe<Date> from;
    Maybe<Date> to;
    bool operator==(const Ownership&) const = default;
    template <class V> void visit(V& v) {
        v.ref("owner", owner, RefOwner);
        v.field("raci", raci);
        v.field("from", from);
        v.field("to", to);
    }
};

struct Responsibility {
    Id id;
    std::string name;
    std::vector<Ownership> owners;
    Maybe<Id> lead;
    Maybe<std::string> legal_basis;
    Maybe<std::string> target_group;
    bool operator==(const Responsibility&) const = default;
    template <class V> void visit(V& v) {
        v.field("id", id);
        v.field("name", name);
        v.field("owners", owners);
        v.ref("lead", lead, RefOwner);
        v.field("legal_basis", legal_basis);
        v.field("target_group", target_group);
    }
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
    template <class V> void visit(V& v) {
        v.field("id", id);
        v.field("name", name);
        v.field("type", type);
        v.ref("lanes", lanes, RefActor);
        v.ref("participants", participants, RefActor);
        v.field("next", next); // checked per process, not globally
        v.field("shares_info", shares_info);
        v.field("anonymised", anonymised);
        v.field("legal_basis", legal_basis);
        v.ref("handoff", handoff, RefFlow);
        v.field("deadline_days", deadline_days);
    }
};

// An event that must reach someone, e.g. "avslagsbesked" → socialsekreterare (IND-03c).
struct Trigger {
    Id id;
    std::string name;
    std::vector<Id> must_reach;
    std::vector<Id> route; // flows
    Maybe<std::string> time_limit;
    bool operator==(const Trigger&) const = default;
    template <class V> void visit(V& v) {
        v.field("id", id);
        v.field("name", name);
        v.ref("must_reach", must_reach, RefActor);
        v.ref("route", route, RefFlow);
        v.field("time_limit", time_limit);
    }
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
    template <class V> void visit(V& v) {
        v.field("id", id);
        v.field("name", name);
        v.field("tier", tier);
        v.ref("level", level, RefLevel);
        v.ref("owner", owner, RefOwner);
        v.field("status", status);
        v.field("case_based", case_based);
        v.field("coordination", coordination);
        v.ref("coordinator", coordinator, RefRole | RefUnit);
        v.ref("required_roles", required_roles, RefRole | RefUnit);
        v.ref("intervention_providers", intervention_providers, RefUnit | RefRole);
        v.ref("lanes", lanes, RefActor);
        v.ref("governed_by", governed_by, RefDocument);
        v.ref("mapping_participants", mapping_participants, RefActor);
        v.field("steps", steps);
        v.field("triggers", triggers);
    }
};

struct EscalationStep {
    int order = 1;
    std::vector<Id> targets; // several = in parallel, one per party
    Maybe<std::string> time_limit;
    Maybe<std::string> outcome;
    bool operator==(const EscalationStep&) const = default;
    template <class V> void visit(V& v) {
        v.field("order", order);
        v.ref("targets", targets, RefActor);
        v.field("time_limit", time_limit);
        v.field("outcome", outcome);
    }
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
    template <class V> void visit(V& v) {
        v.field("id", id);
        v.field("name", name);
        v.field("kind", kind);
        v.ref("initiator", initiator, RefActor);
        v.field("trigger", trigger);
        v.field("steps", steps);
        v.ref("governed_by", governed_by, RefDocument);
    }
};

struct Intervention {
    std::string name;
    Maybe<std::string> provider; // a unit id, or a rule text in a template
    bool operator==(const Intervention&) const = default;
    template <class V> void visit(V& v) {
        v.field("name", name);
        v.field("provider", provider);
    }
};

struct Goal {
    std::string text;
    Maybe<std::string> due;
    Maybe<std::string> measure;
    bool operator==(const Goal&) const = default;
    template <class V> void visit(V& v) {
        v.field("text", text);
        v.field("due", due);
        v.field("measure", measure);
    }
};

struct PlanConsent {
    std::vector<Id> given_by;
    Maybe<std::string> scope;
    Maybe<std::string> time_limit;
    bool operator==(const PlanConsent&) const = default;
    template <class V> void visit(V& v) {
        v.ref("given_by", given_by, RefCitizen);
        v.field("scope", scope);
        v.field("time_limit", time_limit);
    }
};

struct Refusal {
    Id by; // the declining unit
    bool motivated = false;
    bool operator==(const Refusal&) const = default;
    template <class V> void visit(V& v) {
        v.ref("by", by, RefUnit | RefRole);
        v.field("motivated", motivated);
    }
};

struct Closure {
    Maybe<bool> joint_decision;
    Maybe<bool> family_consent;
    Maybe<bool> documented;
    Maybe<bool> archived;
    bool operator==(const Closure&) const = default;
    template <class V> void visit(V& v) {
        v.field("joint_decision", joint_decision);
        v.field("family_consent", family_consent);
        v.field("documented", documented);
        v.field("archived", archived);
    }
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
    template <class V> void visit(V& v) {
        v.field("id", id);
        v.field("name", name);
        v.field("kind", kind);
        v.ref("process", process, RefProcess);
        v.field("overall_responsible", overall_responsible);
        v.ref("participants", participants, RefActor);
        v.field("interventions", interventions);
        v.field("others_actions", others_actions);
        v.field("goals", goals);
        v.ref("chair", chair, RefRole | RefUnit);
        v.ref("documenter", documenter, RefRole | RefUnit);
        v.field("consent", consent);
        v.field("followup", followup);
        v.field("followup_motivation", followup_motivation);
        v.field("time_to_meeting_days", time_to_meeting_days);
        v.field("refusals", refusals);
        v.field("closure", closure);
    }
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
    template <class V> void visit(V& v) {
        v.field("id", id);
        v.field("name", name);
        v.field("deadline_days", deadline_days);
        v.field("refusal_allowed", refusal_allowed);
        v.field("school_equal_party", school_equal_party);
        v.field("age_min", age_min);
        v.field("age_max", age_max);
        v.field("sip_active_from", sip_active_from);
        v.field("valid_from", valid_from);
        v.field("valid_to", valid_to);
    }
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
    template <class V> void visit(V& v) {
        v.field("id", id);
        v.field("name", name);
        v.field("kind", kind);
        v.ref("targets", targets, RefAny);
        v.ref("owner", owner, RefOwner);
        v.field("frequency", frequency);
        v.field("tier", tier);
        v.field("method", method);
    }
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
    template <class V> void visit(V& v) {
        v.field("id", id);
        v.field("date", date);
        v.field("description", description);
        v.ref("affected", affected, RefUnit | RefRole | RefForum);
        v.ref("notified", notified, RefPrincipal);
        v.field("representation_reassigned", representation_reassigned);
        v.field("decision_date", decision_date);
        v.ref("ends", ends, RefUnit | RefRole | RefForum);
    }
};

struct RuleSeverityOverride {
    std::string rule; // "FOR-02" or "FOR-04b"
    SeverityOverride severity = SeverityOverride::Warning;
    Maybe<std::string> comment;
    bool operator==(const RuleSeverityOverride&) const = default;
    template <class V> void visit(V& v) {
        v.field("rule", rule);
        v.field("severity", severity);
        v.field("comment", comment);
    }
};

// Undantag med motivering: a finding the steering group has decided to accept, and why.
struct Waiver {
    std::string rule; // rule id with sub-letter, e.g. "FOR-04b"
    Id element;       // the element the finding is about ("model" for model-wide findings)
    std::string justification;
    std::string author;
    Date date;
    bool operator==(const Waiver&) const = default;
    template <class V> void visit(V& v) {
        v.field("rule", rule);
        v.field("element", element);
        v.field("justification", justification);
        v.field("author", author);
        v.field("date", date);
    }
};

struct RuleSettings {
    std::vector<RuleSeverityOverride> severity_overrides;
    std::vector<Waiver> waivers;
    bool operator==(const RuleSettings&) const = default;
    template <class V> void visit(V& v) {
        v.field("severity_overrides", severity_overrides);
        v.field("waivers", waivers);
    }
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

    template <class V> void visit(V& v) {
        v.field("model", info);
        v.collection("regimes", regimes, RefRegime);
        v.collection("principals", principals, RefPrincipal);
        v.collection("units", units, RefUnit);
        v.collection("roles", roles, RefRole);
        v.collection("citizens", citizens, RefCitizen);
        v.collection("levels", levels, RefLevel);
        v.collection("level_links", level_links, RefLevelLink);
        v.collection("forums", forums, RefForum);
        v.collection("consents", consents, RefConsent);
        v.collection("flows", flows, RefFlow);
        v.collection("documents", documents, RefDocument);
        v.collection("responsibilities", responsibilities, RefResponsibility);
        v.collection("processes", processes, RefProcess);
        v.collection("escalations", escalations, RefEscalation);
        v.collection("plans", plans, RefPlan);
        v.collection("followups", followups, RefFollowUp);
        v.collection("changes", changes, RefChange);
        v.field("rule_settings", rules);
    }
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
