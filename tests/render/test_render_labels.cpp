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
            const std::regex node_decl(R"(^\s*n[0-9]+ \[)");
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

TEST_CASE("long names are wrapped and capped") {
    Model m = test::render_test_model();
    m.forums[0].name = "Gemensam ledningsgrupp för samverkan mellan kommunens socialtjänst, "
                       "skola, förskola och regionens barn- och ungdomspsykiatri samt polisen i "
                       "närområdet och alla andra som vill vara med";
    const auto r = layout_view_in_process(m, ViewSpec{}, nullptr);
    REQUIRE(r.ok);
    for (const auto& n : r.geometry.nodes) {
        if (n.element != m.forums[0].id) continue;
        CHECK(n.label_lines.size() >= 3);
        std::size_t chars = 0;
        for (const auto& line : n.label_lines) {
            CHECK(line.size() <= 26 * 2); // ~24 characters, UTF-8 bytes allowed for
            chars += line.size();
        }
        CHECK(chars < m.forums[0].name.size());
        CHECK(n.label_lines[n.label_lines.size() - 2].find("…") != std::string::npos);
    }
}

TEST_CASE("labelled edges inside one band are xlabels (gvFreeLayout heap corruption)") {
    // Known crash: a labelled flat edge in a clustered graph corrupts the heap when the layout
    // is freed. Edges within one lane of a process must therefore carry xlabel, never label.
    Model m = test::render_test_model();
    ViewSpec v;
    v.kind = ViewKind::Process;
    v.process = "P-SIP";
    const std::string dot = build_dot(m, v, nullptr);
    CHECK(dot.find("xlabel=\"anmälan\"") != std::string::npos); // S1 → S2, both in the school lane
    CHECK(dot.find("xlabel=\"remiss\"") != std::string::npos);  // S3 → S4, social services
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
