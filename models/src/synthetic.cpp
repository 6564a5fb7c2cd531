#include "skm/synthetic.hpp"

#include <cstdint>
#include <string>

namespace skm {
namespace {

// A small, portable generator: std::mt19937's distributions differ between standard libraries,
// and the benchmark must build the same model everywhere.
struct Lcg {
    std::uint64_t s;
    std::uint32_t next() {
        s = s * 6364136223846793005ull + 1442695040888963407ull;
        return static_cast<std::uint32_t>(s >> 33);
    }
    int below(int n) {
        return n <= 0 ? 0 : static_cast<int>(next() % static_cast<std::uint32_t>(n));
    }
};

const Sector kSectors[] = {Sector::Socialtjanst, Sector::Skola,      Sector::Forskola,
                           Sector::Elevhalsa,    Sector::FritidFalt, Sector::Funktionsstod};
const Sector kRegionSectors[] = {Sector::Bup, Sector::Bvc, Sector::Habilitering, Sector::Primarvard,
                                 Sector::Mvc};
const FlowType kFlowTypes[] = {
    FlowType::Anmalan, FlowType::Aterkoppling, FlowType::Konsultation, FlowType::Overlamning,
    FlowType::Remiss,  FlowType::Information,  FlowType::Kallelse,     FlowType::Utskrivning};

} // namespace

Model make_synthetic_county(const SyntheticParams& p) {
    Lcg rng{p.seed};
    Model m;
    m.info.id = "syntetisk-lan";
    m.info.name = "Syntetiskt län (" + std::to_string(p.municipalities) + " kommuner, " +
                  std::to_string(p.units) + " enheter)";
    Date::parse("2025-01-01", m.info.snapshot);
    m.info.horizon_months = 12;

    m.principals.push_back({"HM-REGION", "Region Länet", PrincipalType::Region, {}});
    for (int k = 0; k < p.municipalities; ++k)
        m.principals.push_back({"HM-K" + std::to_string(k + 1),
                                "Kommun " + std::to_string(k + 1) + " (Åsäter)",
                                PrincipalType::Kommun,
                                {}});

    const char* level_names[] = {"Politisk nivå", "Övergripande nivå", "Verksamhetsnivå",
                                 "Individnivå"};
    const Tier tiers[] = {Tier::P, Tier::S, Tier::O, Tier::I};
    for (int l = 0; l < 4; ++l) {
        Level lv;
        lv.id = "L-" + std::to_string(l + 1);
        lv.name = level_names[l];
        lv.tier = tiers[l];
        lv.order = l + 1;
        m.levels.push_back(lv);
    }

    // Units: a förvaltning per principal, then leaf units spread round-robin.
    for (const auto& pr : m.principals) {
        Unit u;
        u.id = "U-" + pr.id.substr(3) + "-FORV";
        u.name = "Förvaltning " + pr.name;
        u.principal = pr.id;
        u.kind = UnitKind::Organisation;
        m.units.push_back(u);
    }
    const int leaves = p.units - static_cast<int>(m.principals.size());
    for (int i = 0; i < leaves; ++i) {
        const auto& pr = m.principals[static_cast<std::size_t>(i) % m.principals.size()];
        Unit u;
        u.id = "U-" + std::to_string(i + 1);
        const bool region = pr.type == PrincipalType::Region;
        const Sector s = region ? kRegionSectors[rng.below(5)] : kSectors[rng.below(6)];
        u.name = std::string(to_word(s)) + " " + std::to_string(i + 1) + " – " + pr.name;
        u.parent = "U-" + pr.id.substr(3) + "-FORV";
        u.sector = s;
        if (rng.below(40) == 0) u.status = ElementStatus::Dormant;
        m.units.push_back(u);
    }

    // Roles: one liaison role per twenty units.
    for (int i = 0; i < leaves; i += 20) {
        Role r;
        r.id = "R-" + std::to_string(i + 1);
        r.title = "Kontaktperson " + std::to_string(i + 1);
        r.unit =
            m.units[static_cast<std::size_t>(m.principals.size()) + static_cast<std::size_t>(i)].id;
        r.liaison = true;
        r.capacity = 1;
        m.roles.push_back(r);
    }

    // Forums on each level, with members drawn from the units.
    int fid = 0;
    for (const auto& lv : m.levels) {
        for (int f = 0;
             f < p.forums_per_level * (lv.tier == Tier::O ? p.municipalities / 2 + 1 : 1); ++f) {
            Forum fo;
            fo.id = "F-" + std::to_string(++fid);
            fo.name = "Samverkansgrupp " + std::to_string(fid) + " (" + lv.name + ")";
            fo.level = lv.id;
            fo.kind = lv.tier == Tier::P ? ForumKind::PolitisktSamverkansorgan
                                         : ForumKind::Samverkansgrupp;
            for (int k = 0; k < 6; ++k) {
                Membership mem;
                mem.member = m.units[static_cast<std::size_t>(rng.below(p.units))].id;
                bool dup = false;
                for (const auto& x : fo.members)
                    dup = dup || x.member == mem.member;
                if (!dup) fo.members.push_back(mem);
            }
            if (rng.below(3)) fo.convener = fo.members.front().member;
            if (rng.below(2))
                fo.frequency =
                    Frequency{Frequency::Kind::Count, 1 + rng.below(3), FrequencyPer::Manad};
            if (rng.below(2)) fo.mandate = Mandate::Beredning;
            if (fid > 1 && rng.below(2))
                fo.reports_to = "F-" + std::to_string(1 + rng.below(fid - 1));
            m.forums.push_back(fo);
        }
    }

    // Flows between leaf units; some feedback flows answer earlier ones.
    const std::size_t first_leaf = m.principals.size();
    for (int i = 0; i < p.flows; ++i) {
        Flow fl;
        fl.id = "FL-" + std::to_string(i + 1);
        fl.type = kFlowTypes[rng.below(8)];
        fl.from = m.units[first_leaf + static_cast<std::size_t>(rng.below(leaves))].id;
        do {
            fl.to = m.units[first_leaf + static_cast<std::size_t>(rng.below(leaves))].id;
        } while (fl.to == fl.from);
        fl.name = std::string(to_word(fl.type)) + " " + std::to_string(i + 1);
        if (fl.type == FlowType::Aterkoppling && i > 0)
            fl.responds_to = "FL-" + std::to_string(1 + rng.below(i));
        fl.personal_data = rng.below(2) == 0;
        if (rng.below(3) == 0) fl.channel = Channel::Skriftlig;
        m.flows.push_back(fl);
    }

    Document d;
    d.id = "D-1";
    d.type = DocType::Overenskommelse;
    d.title = "Länsövergripande överenskommelse om samverkan kring barn och unga";
    for (const auto& pr : m.principals)
        d.parties.push_back(pr.id);
    d.tier = Tier::S;
    d.scope = {DocScope::Samverkan};
    d.form = DocForm::Skriftlig;
    m.documents.push_back(d);

    Escalation e;
    e.id = "E-TVIST";
    e.name = "Tvistlösning";
    e.kind = EscalationKind::Tvist;
    for (int s = 0; s < 3; ++s)
        e.steps.push_back({s + 1, {"F-" + std::to_string(3 - s)}, {}, {}});
    m.escalations.push_back(e);
    return m;
}

} // namespace skm
