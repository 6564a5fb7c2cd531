// Structure map: the levels as full-width bands in tier order; in each band its forums (with
// their members as chips, the convener starred) and the actors that act there, grouped by
// principal and coloured by principal type; reporting lines between forums (routed by
// Graphviz) and level links as arrows between bands in a gutter on the left.
//
// Placement is ours and deterministic: bands top-down in levels_in_order, items in a band left to
// right in model order (forums, then one group per principal in the order of the principals),
// wrapped to a fixed width. An added element therefore moves only what comes after it in its
// band and, when the band grows a row, the bands below (see docs/rendering.md, "A stable map").
#include "place_structure.hpp"

#include "diagram_words.hpp"
#include "lookup.hpp"
#include "scope.hpp"
#include "text_metrics.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

namespace skm::render::detail {
namespace {

constexpr double kMargin = 16;
constexpr double kHeaderWidth = 172; // the band-name column
constexpr double kForumWidth = 232;  // every forum box
constexpr double kTileWidth = 150;   // every actor tile and collapsed group
constexpr double kItemGap = 16;      // between items in a band row
constexpr double kRowGap = 16;       // between rows of a band
constexpr double kBandPad = 14;      // inside a band, above and below its rows
constexpr double kBandGap = 14;      // between bands (more when level-link labels sit there)
constexpr double kLinkPitch = 14;    // between level-link lines in the gutter
constexpr double kChipGap = 4;
constexpr double kDefaultWidth = 1500; // content width for a screen or landscape page

constexpr Rgba kReportColor = 0x333333FF;
constexpr Rgba kLinkColor = 0x4F6A92FF;
constexpr Rgba kGroupStroke = 0x8C96A3FF;

// A laid-out item of a band (a forum or a principal's group), relative to its top-left corner.
struct Blueprint {
    std::vector<SNode> nodes;
    std::vector<SCluster> clusters;
    double w = 0, h = 0;
    Id forum; // set for a forum item: nodes[0] is the forum
};

struct BandInfo {
    Id level; // "" = the "Utan nivå" band
    const Level* def = nullptr;
    std::string name;
    std::vector<Blueprint> items;
    std::vector<int> item_column; // principal columns: the column of each item
    double top = 0, h = 0;
    bool kept = true;
};

struct Placement {
    const Lookup& look;
    const ViewSpec& view;
    Scene& s;
    std::vector<const Level*> levels;
    std::unordered_map<Id, int> band_of_level;
    int no_level_band = -1;
    std::unordered_map<Id, int> unit_band, role_band, forum_band;
    std::unordered_map<Id, int> principal_order;
    std::set<Id> collapsed;
};

Lang lang_of(const Placement& p) {
    return p.view.lang;
}

// --- Where actors act -------------------------------------------------------------------------

int tier_rank(Tier t) {
    return static_cast<int>(t); // P, S, O, I, A
}

// The unit a seat belongs to: a unit itself, or a role's unit.
Id seat_unit(const Lookup& look, const Id& who) {
    if (look.unit(who)) return who;
    if (const auto* r = look.role(who); r && r->unit.is_set()) return r->unit.value();
    return {};
}

// Rule (docs/rendering.md): a unit is drawn in the band of Unit::level when that is set (none:
// the "Utan nivå" band); otherwise in the band where it or its roles hold the most forum seats
// (member, convener, chair, secretary) and process lanes of processes with a level, ties to the
// upper band; otherwise, by its kind (political body P, organisation S, unit O), in the level of
// that tier (nearest tier when the model has none) where most seated units of its own principal
// sit, then of its principal's type, then the first such level.
void assign_bands(Placement& p) {
    const Model& m = p.look.model();
    const int nbands = static_cast<int>(p.levels.size());
    auto band_for = [&](const Maybe<Id>& level) {
        if (level.is_set())
            if (auto it = p.band_of_level.find(level.value()); it != p.band_of_level.end())
                return it->second;
        return -1;
    };
    std::unordered_map<Id, std::map<int, int>> seats, role_seats;
    auto seat = [&](const Id& who, int band) {
        if (band < 0) return;
        if (Id u = seat_unit(p.look, who); !u.empty()) ++seats[u][band];
        if (p.look.role(who)) ++role_seats[who][band];
    };
    for (const auto& f : m.forums) {
        const int b = band_for(f.level);
        p.forum_band[f.id] = b;
        for (const auto& mem : f.members)
            seat(mem.member, b);
        for (const auto* who : {&f.convener, &f.chair, &f.secretary})
            if (who->is_set()) seat(who->value(), b);
    }
    for (const auto& pr : m.processes) {
        const int b = band_for(pr.level);
        for (const auto& lane : pr.lanes)
            seat(lane, b);
    }
    auto most = [](const std::map<int, int>& counts) {
        int best = -1, n = 0;
        for (const auto& [band, c] : counts)
            if (c > n) best = band, n = c; // map order: ties go to the upper band
        return best;
    };
    // Seated units per band and principal, and per band and principal type.
    std::map<std::pair<int, Id>, int> by_principal;
    std::map<std::pair<int, int>, int> by_type;
    std::unordered_map<Id, int> seated;
    for (const auto& u : m.units) {
        if (u.level.is_set() || u.level.is_none()) continue;
        auto it = seats.find(u.id);
        if (it == seats.end()) continue;
        const int b = most(it->second);
        seated[u.id] = b;
        const Id pr = p.look.principal_of(u.id);
        ++by_principal[{b, pr}];
        if (const auto* pp = p.look.principal(pr)) ++by_type[{b, static_cast<int>(pp->type)}];
    }
    auto by_kind = [&](const Unit& u) {
        if (nbands == 0) return -1;
        const Tier want = u.kind == UnitKind::PoliticalBody  ? Tier::P
                          : u.kind == UnitKind::Organisation ? Tier::S
                                                             : Tier::O;
        // The levels of the nearest tier that the model has (A only when nothing else).
        int best_distance = 1000;
        std::vector<int> candidates;
        for (int b = 0; b < nbands; ++b) {
            const Tier t = p.levels[static_cast<std::size_t>(b)]->tier;
            const int d = t == Tier::A ? 100 : std::abs(tier_rank(t) - tier_rank(want));
            if (d < best_distance) best_distance = d, candidates.clear();
            if (d == best_distance) candidates.push_back(b);
        }
        const Id pr = p.look.principal_of(u.id);
        const auto* pp = p.look.principal(pr);
        int best = candidates.front(), best_own = -1, best_type = -1;
        for (int b : candidates) {
            const int own = by_principal.count({b, pr}) ? by_principal[{b, pr}] : 0;
            const int type = pp && by_type.count({b, static_cast<int>(pp->type)})
                                 ? by_type[{b, static_cast<int>(pp->type)}]
                                 : 0;
            if (own > best_own || (own == best_own && type > best_type))
                best = b, best_own = own, best_type = type;
        }
        return best;
    };
    for (const auto& u : m.units) {
        int b = -1;
        if (u.level.is_set())
            b = band_for(u.level);
        else if (!u.level.is_none()) {
            auto it = seated.find(u.id);
            b = it != seated.end() ? it->second : by_kind(u);
        }
        p.unit_band[u.id] = b;
    }
    // Link roles: where they hold seats; else the level of their tier where their unit is, or the
    // first level of that tier; else their unit's band.
    for (const auto& r : m.roles) {
        if (!(r.liaison || r.coordinator)) continue;
        int b = -1;
        if (auto it = role_seats.find(r.id); it != role_seats.end()) b = most(it->second);
        const int unit_b =
            r.unit.is_set() && p.unit_band.count(r.unit.value()) ? p.unit_band[r.unit.value()] : -1;
        if (b < 0 && r.tier.is_set()) {
            if (unit_b >= 0 && p.levels[static_cast<std::size_t>(unit_b)]->tier == *r.tier)
                b = unit_b;
            else
                for (int k = 0; k < nbands && b < 0; ++k)
                    if (p.levels[static_cast<std::size_t>(k)]->tier == *r.tier) b = k;
        }
        if (b < 0) b = unit_b;
        p.role_band[r.id] = b;
    }
}

// --- Items ------------------------------------------------------------------------------------

std::string frequency_and_kind(const Forum& f, Lang lang) {
    std::string s = word(f.kind, lang);
    if (f.frequency) s += " · " + frequency_words(*f.frequency, lang);
    return s;
}

// One member chip: the member's name (with its mode when not ordinary), starred when it
// convenes; filled with its principal type's colour.
SNode make_chip(Placement& p, const Id& member, const std::string& mode, bool convener, bool chair,
                double max_w) {
    const Lang lang = lang_of(p);
    SNode c;
    c.element = member;
    c.kind = NodeKind::MemberChip;
    c.shape = NodeShape::RoundedBox;
    c.obstacle = false;
    c.pen = convener ? 1.8 : 0.8;
    c.stroke = convener ? 0x222222FF : 0x7A7A7AFF;
    std::string text = p.look.name(member);
    if (!mode.empty()) text += " (" + mode + ")";
    if (chair && !convener) text += tr(lang, " · ordf.", " · chair");
    const double pad = 5;
    std::vector<Line> lines;
    if (convener) {
        // The star is its own token so it never wraps away from the name's first word.
        auto body = wrapped("\xE2\x98\x85 " + text, max_w - 2 * pad, kSmallSize, true);
        lines = std::move(body);
    } else {
        lines = wrapped(text, max_w - 2 * pad, kSmallSize);
    }
    double w = 0;
    for (const auto& l : lines)
        w = std::max(w, text_width(l.text, l.size, l.bold));
    c.box = {0, 0, w + 2 * pad, lines_height(lines) + 4};
    place_lines(c.texts, lines, c.box.w, 2);
    std::string key;
    c.fill = principals_fill(p.look, p.look.principals_of(member), key);
    if (!key.empty()) c.legend.push_back(key);
    c.legend.push_back(convener ? "chip:convener" : "chip");
    c.tooltip = p.look.name(member);
    if (p.look.inactive(member)) {
        c.fill = kGreyFill;
        c.style = LineStyle::Dashed;
        for (auto& t : c.texts)
            t.color = kGreyText;
        c.legend.push_back("inactive");
    }
    return c;
}

Blueprint forum_item(Placement& p, const Forum& f) {
    const Lang lang = lang_of(p);
    Blueprint bp;
    bp.forum = f.id;
    SNode n;
    n.element = f.id;
    n.kind = NodeKind::Forum;
    n.shape = NodeShape::Box;
    n.pen = 1.4;
    n.principals = f.principals;
    const double inner = kForumWidth - 2 * kPad;
    std::vector<Line> lines = wrapped(f.name, inner, kNameSize, true);
    for (auto& l : wrapped(frequency_and_kind(f, lang), inner, kSmallSize, false, kMutedInk))
        lines.push_back(std::move(l));
    if (inactive(f.status))
        lines.push_back({"(" + word(f.status, lang) + ")", kSmallSize, false, kMutedInk});
    double y = kPad;
    n.box = {0, 0, kForumWidth, 0};
    y += place_lines(n.texts, lines, kForumWidth, y);
    std::string key;
    n.fill = principals_fill(p.look, f.principals, key);
    if (!key.empty()) n.legend.push_back(key);
    n.tooltip = f.name;
    if (f.purpose) n.tooltip += "\n" + *f.purpose;
    if (inactive(f.status)) grey_out(p.s, n);
    bp.nodes.push_back(std::move(n));

    // Chips: members in model order, then a convener or chair who is not a member.
    std::vector<SNode> chips;
    std::set<Id> seen;
    const Id convener = f.convener.is_set() ? f.convener.value() : Id{};
    const Id chair = f.chair.is_set() ? f.chair.value() : Id{};
    for (const auto& mem : f.members) {
        if (mem.member.empty() || !seen.insert(mem.member).second) continue;
        const std::string mode =
            mem.mode == MemberMode::Ordinarie ? std::string() : word(mem.mode, lang);
        chips.push_back(
            make_chip(p, mem.member, mode, mem.member == convener, mem.member == chair, inner));
    }
    for (const Id& who : {convener, chair})
        if (!who.empty() && seen.insert(who).second)
            chips.push_back(make_chip(p, who, {}, who == convener, who == chair, inner));
    if (f.members_tbd) {
        SNode tbd;
        tbd.kind = NodeKind::Other;
        tbd.shape = NodeShape::RoundedBox;
        tbd.obstacle = false;
        tbd.style = LineStyle::Dashed;
        tbd.stroke = kGreyStroke;
        tbd.pen = 0.8;
        auto l = wrapped(tr(lang, "ledamöter ej bestämda", "members not decided"), inner - 10,
                         kSmallSize, false, kMutedInk);
        tbd.box = {0, 0, std::min(inner, widest_of(l) + 10), lines_height(l) + 4};
        place_lines(tbd.texts, l, tbd.box.w, 2);
        tbd.legend.push_back("chip:tbd");
        chips.push_back(std::move(tbd));
    }
    if (!chips.empty()) {
        y += 6;
        double x = kPad, row_h = 0;
        for (auto& c : chips) {
            if (x > kPad && x + c.box.w > kForumWidth - kPad) {
                x = kPad;
                y += row_h + kChipGap;
                row_h = 0;
            }
            c.box.x = x;
            c.box.y = y;
            x += c.box.w + kChipGap;
            row_h = std::max(row_h, c.box.h);
            c.parent = 0;
            if (c.kind == NodeKind::MemberChip) c.owner = f.id; // the editor's drop target
            bp.nodes.push_back(std::move(c));
        }
        y += row_h;
    }
    bp.nodes[0].box.h = y + kPad;
    bp.w = kForumWidth;
    bp.h = bp.nodes[0].box.h;
    return bp;
}

SNode actor_tile(Placement& p, const Id& id) {
    const Lang lang = lang_of(p);
    SNode n;
    n.element = id;
    n.kind = NodeKind::Actor;
    const Role* role = p.look.role(id);
    n.shape = role ? NodeShape::Ellipse : NodeShape::RoundedBox;
    // An ellipse holds a text block of about 1/√2 of its width.
    const double inner = role ? kTileWidth * 0.68 : kTileWidth - 2 * 6;
    std::vector<Line> lines = wrapped(p.look.name(id), inner, kActorSize);
    if (role)
        lines.push_back({role->coordinator ? tr(lang, "samordnare", "coordinator")
                                           : tr(lang, "kontaktperson", "liaison"),
                         kSmallSize, false, kMutedInk});
    const double th = lines_height(lines);
    const double h = role ? std::max(th * 1.45 + 6, 40.0) : th + 12;
    n.box = {0, 0, kTileWidth, h};
    place_lines(n.texts, lines, kTileWidth, (h - th) / 2);
    std::string key;
    n.principals = p.look.principals_of(id);
    n.fill = principals_fill(p.look, n.principals, key);
    if (!key.empty()) n.legend.push_back(key);
    n.legend.push_back(role ? "actor:role" : "actor:unit");
    n.tooltip = p.look.name(id);
    if (role && role->unit.is_set()) n.tooltip += " (" + p.look.name(role->unit.value()) + ")";
    if (p.look.inactive(id)) grey_out(p.s, n);
    return n;
}

// A principal's actors in one band: a box with the principal's name over a grid of tiles, or
// (collapsed) one node with the count.
Blueprint group_item(Placement& p, const Id& principal, const std::vector<Id>& actors, int units) {
    const Lang lang = lang_of(p);
    Blueprint bp;
    const Id gid = principal.empty() ? Id{} : group_id(principal);
    const std::string pname =
        principal.empty() ? tr(lang, "Utan huvudman", "No principal") : p.look.name(principal);
    if (!principal.empty() && p.collapsed.count(gid)) {
        SNode n;
        n.element = gid;
        n.kind = NodeKind::Group;
        n.count = static_cast<int>(actors.size());
        n.shape = NodeShape::Box;
        n.pen = 2.4;
        std::vector<Line> lines = wrapped(pname, kTileWidth - 12, kActorSize, true);
        const std::string count =
            units == static_cast<int>(actors.size())
                ? std::to_string(units) +
                      tr(lang, units == 1 ? " enhet" : " enheter", units == 1 ? " unit" : " units")
                : std::to_string(actors.size()) + tr(lang, " aktörer", " actors");
        lines.push_back({count, kSmallSize, false, kMutedInk});
        const double th = lines_height(lines);
        n.box = {0, 0, kTileWidth, th + 14};
        place_lines(n.texts, lines, kTileWidth, 7);
        std::string key;
        n.principals = {principal};
        n.fill = principals_fill(p.look, n.principals, key);
        if (!key.empty()) n.legend.push_back(key);
        n.legend.push_back("group:collapsed");
        n.tooltip = pname + " – " + count;
        bp.nodes.push_back(std::move(n));
        bp.w = kTileWidth;
        bp.h = bp.nodes[0].box.h;
        return bp;
    }
    const int count = static_cast<int>(actors.size());
    int cols = count <= 2 ? count : count <= 6 ? 2 : 3;
    // On a narrow page (portrait A4) three tile columns and the band-name column do not fit side
    // by side; fewer columns make the group taller instead of pushing the map off the page.
    if (p.view.page_width > 0) {
        const double gutter =
            10 + kLinkPitch * static_cast<double>(p.look.model().level_links.size());
        const double room = p.view.page_width - 2 * kMargin - gutter - kHeaderWidth - 8 - 2 * kPad;
        const int fit = std::max(1, static_cast<int>((room + 8) / (kTileWidth + 8)));
        cols = std::min(cols, fit);
    }
    const double inner_w = cols * kTileWidth + (cols - 1) * 8;
    const double w = std::max(inner_w, kTileWidth) + 2 * kPad;
    SCluster c;
    c.element = gid;
    c.kind = ClusterKind::PrincipalGroup;
    c.label = pname;
    c.fill = 0xFFFFFFFF;
    c.stroke = kGroupStroke;
    std::vector<Line> head = wrapped(pname, w - 2 * kPad, kActorSize, true, kMutedInk);
    double y = 6;
    y += place_lines(c.texts, head, w - 2 * kPad, y, false, kPad);
    y += 6;
    double row_h = 0;
    for (int i = 0; i < count; ++i) {
        SNode t = actor_tile(p, actors[static_cast<std::size_t>(i)]);
        t.owner = gid;
        const int col = i % cols;
        if (col == 0 && i > 0) {
            y += row_h + 8;
            row_h = 0;
        }
        t.box.x = kPad + col * (kTileWidth + 8);
        t.box.y = y;
        row_h = std::max(row_h, t.box.h);
        bp.nodes.push_back(std::move(t));
    }
    y += row_h + kPad;
    c.box = {0, 0, w, y};
    bp.clusters.push_back(std::move(c));
    bp.w = w;
    bp.h = y;
    return bp;
}

// --- Bands ------------------------------------------------------------------------------------

SNode band_header(Placement& p, const BandInfo& b) {
    const Lang lang = lang_of(p);
    SNode h;
    h.element = b.level;
    h.kind = NodeKind::Header;
    h.band = b.level;
    h.shape = NodeShape::Plaintext;
    h.level = b.level;
    std::vector<Line> lines = wrapped(b.name, kHeaderWidth - 8, kTitleSize, true);
    if (b.def) {
        lines.push_back({tier_words(b.def->tier, lang), kSmallSize, false, kMutedInk});
        if (b.def->geography)
            lines.push_back({word(*b.def->geography, lang), kSmallSize, false, kMutedInk});
    }
    const double th = lines_height(lines);
    h.box = {0, 0, kHeaderWidth - 4, th};
    place_lines(h.texts, lines, h.box.w, 0, false, 0);
    h.tooltip = b.name;
    return h;
}

double widest_item(const std::vector<BandInfo>& bands) {
    double w = 0;
    for (const auto& b : bands)
        for (const auto& it : b.items)
            w = std::max(w, it.w);
    return w;
}

// The content width: the page hint, or a width that gives the whole map about a 16:10 shape,
// rounded to whole steps of two tiles so that one added element rarely changes it.
double content_width(const Placement& p, const std::vector<BandInfo>& bands, double left) {
    const double min_w = std::max(widest_item(bands), kForumWidth);
    if (p.view.page_width > 0) return std::max(min_w, p.view.page_width - left - kMargin);
    double area = 0;
    for (const auto& b : bands)
        for (const auto& it : b.items)
            area += (it.w + kItemGap) * (it.h + kRowGap);
    const double step = 2 * (kTileWidth + kItemGap);
    double w = std::sqrt(area * 1.6);
    w = std::ceil(w / step) * step;
    return std::clamp(w, std::max(min_w, kDefaultWidth * 0.6), std::max(min_w, 4000.0));
}

} // namespace

Scene build_structure(const Model& m, const ViewSpec& view, const std::set<Id>& collapsed) {
    const Lookup look(m, view.lang);
    return build_structure(look, view, collapsed);
}

Scene build_structure(const Lookup& look, const ViewSpec& view, const std::set<Id>& collapsed) {
    const Model& m = look.model();
    const Lang lang = view.lang;
    Scene s;
    s.lang = lang;
    s.title = m.info.name + " – " + tr(lang, "Strukturkarta", "Structure map");
    s.engine = Scene::Engine::Pinned;
    s.splines = "ortho";
    Placement p{look, view, s, levels_in_order(m), {}, -1, {}, {}, {}, {}, collapsed};
    for (std::size_t i = 0; i < p.levels.size(); ++i)
        p.band_of_level[p.levels[i]->id] = static_cast<int>(i);
    for (std::size_t i = 0; i < m.principals.size(); ++i)
        p.principal_order.emplace(m.principals[i].id, static_cast<int>(i));
    assign_bands(p);
    add_principal_legend(s);

    if (m.levels.empty() && m.units.empty() && m.forums.empty()) {
        s.message = tr(lang, "Modellen har inga nivåer, forum eller aktörer ännu",
                       "The model has no levels, forums or actors yet");
        return s;
    }

    // Bands, with the "Utan nivå" band at the end when something has no level.
    std::vector<BandInfo> bands;
    for (const auto* l : p.levels) {
        BandInfo b;
        b.level = l->id;
        b.def = l;
        b.name = l->name;
        bands.push_back(std::move(b));
    }
    auto band_index = [&](int b) {
        if (b >= 0) return b;
        if (p.no_level_band < 0) {
            BandInfo nb;
            nb.name = tr(lang, "Utan nivå", "No level");
            bands.push_back(std::move(nb));
            p.no_level_band = static_cast<int>(bands.size()) - 1;
        }
        return p.no_level_band;
    };

    // Scoping, on forums and actors with the memberships and reporting lines between them.
    std::vector<ScopeItem> items;
    std::vector<std::pair<int, int>> links;
    std::unordered_map<Id, int> item_of;
    auto level_id = [&](int b) {
        return b >= 0 ? p.levels[static_cast<std::size_t>(b)]->id : Id{};
    };
    for (const auto& f : m.forums) {
        std::vector<Id> prs = f.principals;
        for (const auto& mem : f.members)
            if (Id pr = look.principal_of(mem.member); !pr.empty()) prs.push_back(pr);
        item_of[f.id] = static_cast<int>(items.size());
        items.push_back({f.id, level_id(p.forum_band[f.id]), prs});
    }
    std::vector<Id> actor_ids;
    for (const auto& u : m.units)
        actor_ids.push_back(u.id);
    for (const auto& r : m.roles)
        if (p.role_band.count(r.id)) actor_ids.push_back(r.id);
    for (const auto& a : actor_ids) {
        const int b = look.unit(a) ? p.unit_band[a] : p.role_band[a];
        item_of.emplace(a, static_cast<int>(items.size()));
        items.push_back({a, level_id(b), look.principals_of(a)});
    }
    for (const auto& f : m.forums) {
        const int fi = item_of[f.id];
        for (const auto& mem : f.members) {
            if (auto it = item_of.find(mem.member); it != item_of.end())
                links.emplace_back(fi, it->second);
            else if (Id u = seat_unit(look, mem.member); item_of.count(u))
                links.emplace_back(fi, item_of[u]);
        }
        if (f.reports_to.is_set() && item_of.count(f.reports_to.value()))
            links.emplace_back(fi, item_of[f.reports_to.value()]);
        for (const auto* who : {&f.convener, &f.chair})
            if (who->is_set() && item_of.count(who->value()))
                links.emplace_back(fi, item_of[who->value()]);
    }
    const std::vector<bool> keep = scope_keep(items, links, view);
    auto kept = [&](const Id& id) {
        auto it = item_of.find(id);
        return it != item_of.end() && keep[static_cast<std::size_t>(it->second)];
    };

    // Items per band: forums in model order, then groups in principal order.
    for (const auto& f : m.forums)
        if (kept(f.id))
            bands[static_cast<std::size_t>(band_index(p.forum_band[f.id]))].items.push_back(
                forum_item(p, f));
    std::map<int, std::map<std::pair<int, Id>, std::vector<Id>>> groups; // band → principal
    std::map<int, std::map<std::pair<int, Id>, int>> unit_counts;
    for (const auto& a : actor_ids) {
        if (!kept(a)) continue;
        const int b = band_index(look.unit(a) ? p.unit_band[a] : p.role_band[a]);
        const Id pr = look.principal_of(a);
        const int order = pr.empty()                    ? 1 << 30
                          : p.principal_order.count(pr) ? p.principal_order[pr]
                                                        : (1 << 29);
        groups[b][{order, pr}].push_back(a);
        if (look.unit(a)) ++unit_counts[b][{order, pr}];
    }
    std::set<Id> group_ids;
    for (auto& [b, by_principal] : groups)
        for (auto& [key, actors] : by_principal) {
            if (!key.second.empty()) group_ids.insert(group_id(key.second));
            bands[static_cast<std::size_t>(b)].items.push_back(
                group_item(p, key.second, actors, unit_counts[b][key]));
        }
    for (const auto& gid : group_ids) {
        s.groups.push_back(gid);
        if (collapsed.count(gid)) s.collapsed_groups.push_back(gid);
    }

    if (scoped(view)) {
        // A scoped map shows only the bands with something kept (and the band asked for).
        for (auto& b : bands)
            b.kept = !b.items.empty() || (!view.only_level.empty() && b.level == view.only_level);
        std::erase_if(bands, [](const BandInfo& b) { return !b.kept; });
        if (bands.empty()) {
            s.message = tr(lang, "Inget att visa i den här vyn", "Nothing to show in this view");
            return s;
        }
    }

    // Level links between kept bands, each in its own lane of the gutter.
    std::unordered_map<Id, int> kept_band;
    for (std::size_t i = 0; i < bands.size(); ++i)
        if (!bands[i].level.empty()) kept_band[bands[i].level] = static_cast<int>(i);
    struct LinkInfo {
        const LevelLink* link;
        int upper, lower;
    };
    std::vector<LinkInfo> level_links;
    for (const auto& l : m.level_links) {
        if (!kept_band.count(l.a) || !kept_band.count(l.b) || l.a == l.b) continue;
        int a = kept_band[l.a], b = kept_band[l.b];
        if (a > b) std::swap(a, b);
        level_links.push_back({&l, a, b});
    }
    const double gutter = level_links.empty() ? 0 : 10 + kLinkPitch * level_links.size();
    const double band_left = kMargin + gutter;
    const double content_left = band_left + kHeaderWidth + 8;

    // Principal columns: the joint column first, then one per principal with something to show.
    std::vector<Id> columns;
    std::unordered_map<Id, int> column_of;
    if (view.principal_columns) {
        auto column_key = [&](const Blueprint& it) -> Id {
            if (!it.forum.empty()) {
                const Forum* f = look.forum(it.forum);
                return f && f->principals.size() == 1 ? f->principals[0] : Id{};
            }
            return it.clusters.empty() ? group_principal(it.nodes[0].element)
                                       : group_principal(it.clusters[0].element);
        };
        std::set<Id> used;
        bool joint = false;
        for (auto& b : bands)
            for (auto& it : b.items) {
                const Id k = column_key(it);
                b.item_column.push_back(0);
                if (k.empty())
                    joint = true;
                else
                    used.insert(k);
            }
        if (joint) columns.push_back("");
        for (const auto& pr : m.principals)
            if (used.count(pr.id)) columns.push_back(pr.id);
        for (std::size_t c = 0; c < columns.size(); ++c)
            column_of[columns[c]] = static_cast<int>(c);
        for (auto& b : bands)
            for (std::size_t i = 0; i < b.items.size(); ++i) {
                const Id k = column_key(b.items[i]);
                b.item_column[i] = column_of.count(k) ? column_of[k] : 0;
            }
    }

    // Rows: place each band's items, then stack the bands.
    const double width = content_width(p, bands, content_left);
    std::vector<double> column_x, column_w;
    double total_content_w = width;
    if (!columns.empty()) {
        column_w.assign(columns.size(), kTileWidth);
        for (const auto& b : bands)
            for (std::size_t i = 0; i < b.items.size(); ++i) {
                const auto c = static_cast<std::size_t>(b.item_column[i]);
                column_w[c] = std::max(column_w[c], b.items[i].w);
            }
        double x = 0;
        for (double cw : column_w) {
            column_x.push_back(x);
            x += cw + kItemGap * 2;
        }
        total_content_w = x - kItemGap * 2;
    }
    // Gaps under each band: room for the labels of the level links that start there.
    std::vector<double> gap_after(bands.size(), kBandGap);
    std::vector<std::vector<Line>> link_labels(level_links.size());
    for (std::size_t k = 0; k < level_links.size(); ++k) {
        std::string text;
        for (auto t : level_links[k].link->types)
            text += (text.empty() ? "" : ", ") + word(t, lang);
        if (text.empty()) text = tr(lang, "nivålänk", "level link");
        link_labels[k] = wrapped(text, 220, kSmallSize, false, kLinkColor);
        auto& g = gap_after[static_cast<std::size_t>(level_links[k].upper)];
        g = std::max(g, lines_height(link_labels[k]) + 10);
    }

    struct Placed {
        int band;
        const Blueprint* bp;
        double x, y;
    };
    std::vector<Placed> placed;
    double y = kMargin;
    for (std::size_t bi = 0; bi < bands.size(); ++bi) {
        BandInfo& b = bands[bi];
        b.top = y;
        SNode header = band_header(p, b);
        double rows_h = 0;
        if (columns.empty()) {
            double x = 0, ry = kBandPad, row_h = 0;
            for (const auto& it : b.items) {
                if (x > 0 && x + it.w > width) {
                    x = 0;
                    ry += row_h + kRowGap;
                    row_h = 0;
                }
                placed.push_back({static_cast<int>(bi), &it, content_left + x, y + ry});
                x += it.w + kItemGap;
                row_h = std::max(row_h, it.h);
            }
            rows_h = b.items.empty() ? 0 : ry + row_h;
        } else {
            std::vector<double> cy(columns.size(), kBandPad);
            for (std::size_t i = 0; i < b.items.size(); ++i) {
                const auto c = static_cast<std::size_t>(b.item_column[i]);
                placed.push_back(
                    {static_cast<int>(bi), &b.items[i], content_left + column_x[c], y + cy[c]});
                cy[c] += b.items[i].h + kRowGap;
            }
            for (double v : cy)
                rows_h = std::max(rows_h, v - kRowGap);
        }
        b.h = std::max({rows_h + kBandPad, header.box.h + 2 * kBandPad, 64.0});
        header.box.x = band_left + 10;
        header.box.y = y + kBandPad;
        b.top = y;
        y += b.h + gap_after[bi];
        s.nodes.push_back(std::move(header));
    }
    const double map_right = content_left + total_content_w + kMargin;

    // Band clusters first (drawn at the back), then the columns, then groups.
    for (const auto& b : bands) {
        SCluster c;
        c.element = b.level;
        c.kind = ClusterKind::Band;
        c.band = b.level;
        c.label = b.name;
        c.box = {band_left, b.top, map_right - kMargin - band_left, b.h};
        if (b.items.empty()) {
            // A level with nothing on it yet is drawn, and says so.
            std::vector<Line> hint = {
                {tr(lang, "inga forum eller aktörer på nivån", "no forums or actors on this level"),
                 kSmallSize, false, kGreyText}};
            place_lines(c.texts, hint, 0, b.top + kBandPad + 4, false, content_left);
        }
        s.clusters.push_back(std::move(c));
    }
    for (std::size_t c = 0; c < columns.size(); ++c) {
        SCluster col;
        col.element = columns[c];
        col.kind = ClusterKind::Column;
        col.label = columns[c].empty() ? tr(lang, "Gemensamt", "Joint") : look.name(columns[c]);
        col.fill = 0xFFFFFF00;
        col.stroke = 0xD0D4DAFF;
        const double top = kMargin;
        col.box = {content_left + column_x[c] - kItemGap / 2, top, column_w[c] + kItemGap,
                   y - top - kBandGap};
        s.clusters.push_back(std::move(col));
    }
    std::unordered_map<Id, int> forum_node;
    for (const auto& pl : placed) {
        const Id band_level = bands[static_cast<std::size_t>(pl.band)].level;
        for (auto c : pl.bp->clusters) {
            c.box.x += pl.x;
            c.box.y += pl.y;
            for (auto& t : c.texts) {
                t.box.x += pl.x;
                t.box.y += pl.y;
                t.baseline += pl.y;
            }
            c.band = band_level;
            s.clusters.push_back(std::move(c));
        }
        const int first = static_cast<int>(s.nodes.size());
        for (auto n : pl.bp->nodes) {
            n.box.x += pl.x;
            n.box.y += pl.y;
            n.band = band_level;
            n.level = band_level;
            if (n.parent >= 0) n.parent += first;
            s.nodes.push_back(std::move(n));
        }
        if (!pl.bp->forum.empty()) forum_node[pl.bp->forum] = first;
    }

    // Reporting lines: routed by Graphviz around the boxes, arrow at the forum reported to.
    LegendEntry reports;
    reports.kind = LegendKind::Line;
    reports.label = tr(lang, "Rapporterar till", "Reports to");
    reports.stroke = kReportColor;
    reports.width = 1.6;
    reports.arrow_end = true;
    s.legend("reports", reports);
    for (const auto& f : m.forums) {
        if (!f.reports_to.is_set() || !forum_node.count(f.id) ||
            !forum_node.count(f.reports_to.value()))
            continue;
        SEdge e;
        e.element = f.id + ":reports_to";
        e.kind = EdgeKind::ReportsTo;
        e.from = forum_node[f.id];
        e.to = forum_node[f.reports_to.value()];
        if (e.from == e.to) continue;
        e.orthogonal = true;
        e.color = kReportColor;
        e.width = 1.6;
        e.tooltip = f.name + " " + tr(lang, "rapporterar till", "reports to") + " " +
                    look.name(f.reports_to.value());
        e.greyed = inactive(f.status);
        if (e.greyed) e.color = kGreyStroke;
        e.legend.push_back("reports");
        s.add(e);
    }

    // Level links: a bracket in the gutter from one band to the other, arrows into both.
    LegendEntry link_entry;
    link_entry.kind = LegendKind::Line;
    link_entry.label = tr(lang, "Nivålänk (samråd, uppföljning …)", "Level link (consultation, …)");
    link_entry.stroke = kLinkColor;
    link_entry.style = LineStyle::Dashed;
    link_entry.width = 1.6;
    link_entry.arrow_end = link_entry.arrow_start = true;
    s.legend("levellink", link_entry);
    std::vector<double> label_x(bands.size(), band_left + 8);
    for (std::size_t k = 0; k < level_links.size(); ++k) {
        const auto& li = level_links[k];
        const BandInfo& a = bands[static_cast<std::size_t>(li.upper)];
        const BandInfo& b = bands[static_cast<std::size_t>(li.lower)];
        const double x = kMargin + 6 + kLinkPitch * static_cast<double>(k);
        const double ya = a.top + std::min(a.h / 2, 40.0) + 6 * static_cast<double>(k);
        const double yb = b.top + std::min(b.h / 2, 40.0) + 6 * static_cast<double>(k);
        // Endpoints are the band headers (edges join node to node).
        int ha = -1, hb = -1;
        for (int i = 0; i < static_cast<int>(s.nodes.size()); ++i) {
            const auto& n = s.nodes[static_cast<std::size_t>(i)];
            if (n.kind != NodeKind::Header) continue;
            if (n.element == a.level) ha = i;
            if (n.element == b.level) hb = i;
        }
        if (ha < 0 || hb < 0) continue;
        SEdge e;
        e.element = li.link->id;
        e.kind = EdgeKind::LevelLink;
        e.from = ha;
        e.to = hb;
        e.routed = false;
        e.orthogonal = true;
        e.points = {{band_left, ya}, {x, ya}, {x, yb}, {band_left, yb}};
        e.arrow_start = e.arrow_end = true;
        e.style = LineStyle::Dashed;
        e.color = kLinkColor;
        e.width = 1.6;
        std::string text;
        for (const auto& l : link_labels[k])
            text += (text.empty() ? "" : " ") + l.text;
        e.label = text;
        for (const auto& l : link_labels[k])
            e.label_lines.push_back(l.text);
        e.tooltip = look.name(li.link->a) + " \xE2\x86\x94 " + look.name(li.link->b) + ": " + text;
        e.legend.push_back("levellink");
        // The label sits in the gap under the upper band, next to the gutter.
        const double lh = lines_height(link_labels[k]);
        const double lx = label_x[static_cast<std::size_t>(li.upper)];
        const double ly = a.top + a.h + (gap_after[static_cast<std::size_t>(li.upper)] - lh) / 2;
        std::vector<GeoText> texts;
        place_lines(texts, link_labels[k], 0, ly, false, lx);
        double w = 0;
        for (const auto& t : texts)
            w = std::max(w, t.box.w);
        label_x[static_cast<std::size_t>(li.upper)] += w + 24;
        e.label_fixed = true;
        e.label_texts = std::move(texts);
        s.add(e);
    }

    // Legend entries for the looks the structure map has beyond the principal colours.
    LegendEntry chip;
    chip.label = tr(lang, "Medlem i forumet", "Member of the forum");
    chip.shape = NodeShape::RoundedBox;
    chip.width = 0.8;
    chip.stroke = 0x7A7A7AFF;
    s.legend("chip", chip);
    LegendEntry conv = chip;
    conv.label = tr(lang, "\xE2\x98\x85 Sammankallande", "\xE2\x98\x85 Convener");
    conv.width = 1.8;
    conv.stroke = 0x222222FF;
    s.legend("chip:convener", conv);
    LegendEntry tbd = chip;
    tbd.label = tr(lang, "Ledamöter ej bestämda", "Members not decided");
    tbd.style = LineStyle::Dashed;
    tbd.stroke = kGreyStroke;
    s.legend("chip:tbd", tbd);
    LegendEntry unit;
    unit.label = tr(lang, "Aktör (verksamhet)", "Actor (unit)");
    unit.shape = NodeShape::RoundedBox;
    s.legend("actor:unit", unit);
    LegendEntry role = unit;
    role.label = tr(lang, "Kontaktperson/samordnare", "Liaison/coordinator");
    role.shape = NodeShape::Ellipse;
    s.legend("actor:role", role);
    LegendEntry grp;
    grp.label = tr(lang, "Huvudman, hopfälld (antal)", "Principal, collapsed (count)");
    grp.shape = NodeShape::Box;
    grp.width = 2.4;
    s.legend("group:collapsed", grp);
    return s;
}

} // namespace skm::render::detail
