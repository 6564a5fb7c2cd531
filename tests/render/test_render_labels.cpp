// Hostile names: nothing a user types (or a crafted file carries) may break or inject into the
// DOT, or crash Graphviz. Includes the known crashing inputs from the tech notes.
#include "render/render_test_model.hpp"
#include "skm/layout.hpp"

#include <doctest/doctest.h>
#include <graphviz/cgraph.h>

#include <regex>
#include <sstream>
#include <string>

using namespace skm;
using namespace skm::render;

namespace {

const std::vector<std::string>& hostile_names() {
    static const std::vector<std::string> names = {
        "Citat \" mitt i",
        "Snedstreck \\ mitt i",
        "Slutar med snedstreck \\",
        "Två snedstreck \\\\",
        "\\N \\G \\E \\T \\H \\L \\l \\r \\n",
        "<IMG SRC=\"/etc/passwd\"/>",
        "<<TABLE><TR><TD>\\</TD></TR></TABLE>>",
        "<a href=\"javascript:alert(1)\">x</a> & ' ;",
        "Rad ett\nRad två\r\nRad tre",
        std::string("Styr\x01tecken\x07 och \x1b[31m färg\x7f"),
        std::string("Ogiltig \xff\xfe UTF-8 \xc3"),
        "] ; } digraph { x -> y } [",
        "label=\"x\", shape=box, URL=\"javascript:x\"",
        std::string(5000, 'A'),
        "Åsa Öberg – förskolechef på Ängsgården",
        "",
    };
    return names;
}

Model hostile_model() {
    Model m = test::render_test_model();
    const auto& names = hostile_names();
    for (std::size_t i = 0; i < m.forums.size(); ++i)
        m.forums[i].name = names[i % names.size()];
    for (std::size_t i = 0; i < m.levels.size(); ++i)
        m.levels[i].name = names[(i + 6) % names.size()];
    for (std::size_t i = 0; i < m.units.size(); ++i)
        m.units[i].name = names[(i + 10) % names.size()];
    auto& p = m.processes[0];
    for (std::size_t i = 0; i < p.steps.size(); ++i)
        p.steps[i].name = names[(i + 3) % names.size()];
    m.info.name = names[2];
    m.escalations[0].name = names[1];
    m.flows[0].legal_basis = names[4];
    m.flows[1].name = names[5];
    return m;
}

int count_nodes(Agraph_t* g) {
    int n = 0;
    for (Agnode_t* v = agfstnode(g); v; v = agnxtnode(g, v))
        ++n;
    return n;
}

} // namespace

TEST_CASE("hostile names stay inside their quoted strings") {
    const Model m = hostile_model();
    for (auto kind :
         {ViewKind::Structure, ViewKind::Handoffs, ViewKind::Process, ViewKind::Escalation}) {
        ViewSpec v;
        v.kind = kind;
        v.process = "P-SIP";
        CAPTURE(view_name(v));
        const std::string dot = build_dot(m, v, nullptr);
        // No raw control characters or invalid bytes reach Graphviz.
        for (unsigned char c : dot)
            CHECK_FALSE((c < 0x20 && c != '\n'));
        CHECK(dot.find("\xff") == std::string::npos);
        // User text is never an HTML-like label: the only '<' labels are our legend.
        CHECK(dot.find("label=<<IMG") == std::string::npos);
        CHECK(dot.find("label=<<a") == std::string::npos);

        Agraph_t* g = agmemread(dot.c_str());
        REQUIRE(g);
        // As many nodes as the DOT declares: no name opened a new statement.
        int declared = 0;
        {
            std::istringstream lines(dot);
            std::string line;
            const std::regex node_decl(R"(^\s*[a-z][0-9]+ \[)"); // our names: o12, p3 …
            while (std::getline(lines, line))
                declared += std::regex_search(line, node_decl) ? 1 : 0;
        }
        CHECK(count_nodes(g) == declared);
        // Every label is plain text: Graphviz sees no HTML label except the legend.
        for (Agnode_t* n = agfstnode(g); n; n = agnxtnode(g, n)) {
            const char* label = agget(n, const_cast<char*>("label"));
            if (!label) continue;
            if (aghtmlstr(const_cast<char*>(label)))
                CHECK(std::string(label).find("<TABLE BORDER=\"0\" CELLBORDER") == 0);
        }
        agclose(g);

        const auto r = layout_view_in_process(m, v, nullptr);
        REQUIRE_MESSAGE(r.ok, r.error);
        const auto w = layout_view(m, v, nullptr);
        REQUIRE_MESSAGE(w.ok, w.error);
    }
}

TEST_CASE("a backslash in a name is shown as one backslash") {
    Model m = test::render_test_model();
    m.forums[0].name = "A\\B";
    const auto r = layout_view_in_process(m, ViewSpec{}, nullptr);
    REQUIRE(r.ok);
    bool found = false;
    for (const auto& n : r.geometry.nodes)
        if (n.element == m.forums[0].id) found = n.label_lines[0] == "A\\B";
    CHECK(found);
    // In the DOT it is escaped, so Graphviz's \N, \G … never see a lone backslash.
    CHECK(build_dot(m, ViewSpec{}, nullptr).find("A\\\\B") != std::string::npos);
}

TEST_CASE("long names are wrapped in full, and only a hostile length is capped") {
    Model m = test::render_test_model();
    m.forums[0].name = "Gemensam ledningsgrupp för samverkan mellan kommunens socialtjänst, "
                       "skola, förskola och regionens barn- och ungdomspsykiatri samt polisen i "
                       "närområdet och alla andra som vill vara med";
    const auto r = layout_view_in_process(m, ViewSpec{}, nullptr);
    REQUIRE(r.ok);
    // A governing document quotes a forum by its whole name: every letter is on the map, in
    // lines no wider than the forum's box.
    auto letters = [](const std::string& s) {
        std::string out;
        for (char c : s)
            if (c != ' ' && c != '-') out += c;
        return out;
    };
    int seen = 0;
    for (const auto& n : r.geometry.nodes) {
        if (n.element != m.forums[0].id || n.kind != NodeKind::Forum) continue;
        ++seen;
        CHECK(n.texts.size() >= 3);
        std::string joined;
        for (const auto& t : n.texts) {
            CHECK(t.box.x >= n.box.x - 0.5);
            CHECK(t.box.x + t.box.w <= n.box.x + n.box.w + 0.5);
            joined += t.text;
        }
        CHECK(letters(joined).find(letters(m.forums[0].name)) != std::string::npos);
        CHECK(joined.find("…") == std::string::npos);
    }
    CHECK(seen == 1);

    // A name of thousands of characters (a crafted file) is cut with an ellipsis.
    m.forums[0].name = std::string(3000, 'x');
    const auto big = layout_view_in_process(m, ViewSpec{}, nullptr);
    REQUIRE(big.ok);
    for (const auto& n : big.geometry.nodes) {
        if (n.element != m.forums[0].id || n.kind != NodeKind::Forum) continue;
        std::size_t xs = 0;
        std::string joined;
        for (const auto& t : n.texts)
            joined += t.text;
        for (char c : joined)
            xs += c == 'x';
        CHECK(xs < 1000);
        CHECK(joined.find("…") != std::string::npos);
    }
}

TEST_CASE("handoff labels inside one lane are placed by us, never by Graphviz") {
    // Known crash: a labelled flat edge in a clustered graph corrupts the heap when the layout
    // is freed (gvFreeLayout). Our process maps give Graphviz only pinned boxes and unlabelled
    // edges to route; the labels are placed afterwards, beside their route and off every node.
    Model m = test::render_test_model();
    ViewSpec v;
    v.kind = ViewKind::Process;
    v.process = "P-SIP";
    const auto placed = layout_view_in_process(m, v, nullptr);
    REQUIRE(placed.ok);
    int labelled = 0;
    for (const auto& e : placed.geometry.edges) {
        if (e.label.empty()) continue;
        ++labelled;
        CHECK_FALSE(e.label_texts.empty());
        for (const auto& n : placed.geometry.nodes)
            if (n.kind == NodeKind::Step) CHECK_FALSE(e.label_box.intersects(n.box));
    }
    CHECK(labelled >= 2); // S1 → S2 (anmälan, the school lane), S3 → S4 (remiss)
    const std::string dot = build_dot(m, v, nullptr);
    CHECK(dot.find("label=\"anmälan\"") != std::string::npos);
    CHECK(dot.find("label=\"remiss\"") != std::string::npos);
    for (int i = 0; i < 20; ++i) { // repeated in-process layouts: ASan would catch the corruption
        const auto r = layout_view_in_process(m, v, nullptr);
        REQUIRE(r.ok);
    }
}

TEST_CASE("the tech-notes crash input is not what we produce, and our pattern survives") {
    // Many levels, many forums reporting within their band and across bands.
    Model m = test::render_test_model();
    for (int i = 0; i < 30; ++i) {
        Forum f;
        f.id = "F-X" + std::to_string(i);
        f.name = "Forum " + std::to_string(i);
        f.level = m.levels[static_cast<std::size_t>(i % 4)].id;
        f.reports_to = i > 4 ? Id("F-X" + std::to_string(i - 4 - (i % 3))) : Id("F-VERK");
        m.forums.push_back(f);
    }
    for (int i = 0; i < 5; ++i) {
        const auto r = layout_view_in_process(m, ViewSpec{}, nullptr);
        REQUIRE_MESSAGE(r.ok, r.error);
    }
}
