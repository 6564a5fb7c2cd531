#include "graphviz_run.hpp"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <algorithm>
#include <cstdio>
#include <mutex>
#include <string>

namespace skm::render::detail {
namespace {

// Graphviz keeps global state: one call at a time per process.
std::mutex& gv_mutex() {
    static std::mutex m;
    return m;
}

std::string& gv_messages() {
    static std::string s;
    return s;
}

int collect_message(char* text) {
    if (gv_messages().size() < 4000) gv_messages() += text;
    return 0;
}

GVC_t* context() {
    static GVC_t* gvc = nullptr;
    if (!gvc) {
        agseterrf(collect_message);
        gvc = gvContext();
    }
    return gvc;
}

std::string explain(const std::string& what) {
    std::string msgs = gv_messages();
    while (!msgs.empty() && (msgs.back() == '\n' || msgs.back() == ' '))
        msgs.pop_back();
    if (msgs.find("not recognized") != std::string::npos)
        return what +
               ": Graphviz hittar inte sina insticksmoduler (plugin config saknas; kör `dot -c` "
               "som root) – " +
               msgs;
    return what + (msgs.empty() ? std::string() : ": " + msgs);
}

std::string fmt(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", v);
    return buf;
}

// The layout engine a graph asks for in its `layout` attribute: "nop2" keeps pinned positions
// and only routes edges (our own placement), "dot" ranks (the default).
const char* engine_of(Agraph_t* g) {
    const char* want = agget(g, const_cast<char*>("layout"));
    if (want && std::string(want) == "nop2") return "nop2";
    return "dot";
}

// A laid-out graph that is freed on every path out.
class Laid {
  public:
    explicit Laid(const std::string& dot) {
        gv_messages().clear();
        agreseterrors();
        g_ = agmemread(dot.c_str());
        if (!g_) {
            error_ = explain("DOT kunde inte läsas");
            return;
        }
        if (gvLayout(context(), g_, engine_of(g_)) != 0) {
            error_ = explain("Graphviz-layouten misslyckades");
            return;
        }
        laid_ = true;
    }
    ~Laid() {
        if (laid_) gvFreeLayout(context(), g_);
        if (g_) agclose(g_);
    }
    // Lays the graph out again after attributes changed (e.g. size and pad for a paper page).
    bool relayout() {
        if (!laid_) return false;
        gvFreeLayout(context(), g_);
        laid_ = false;
        if (gvLayout(context(), g_, engine_of(g_)) != 0) {
            error_ = explain("Graphviz-layouten misslyckades");
            return false;
        }
        laid_ = true;
        return true;
    }
    Laid(const Laid&) = delete;
    Laid& operator=(const Laid&) = delete;
    Agraph_t* graph() const { return laid_ ? g_ : nullptr; }
    const std::string& error() const { return error_; }

  private:
    Agraph_t* g_ = nullptr;
    bool laid_ = false;
    std::string error_;
};

struct Flip {
    double left, top;
    std::string x(double v) const { return fmt(v - left); }
    std::string y(double v) const { return fmt(top - v); }
    std::string pt(pointf p) const { return x(p.x) + " " + y(p.y); }
};

void write_clusters(Agraph_t* g, const Flip& f, std::string& out) {
    for (Agraph_t* sub = agfstsubg(g); sub; sub = agnxtsubg(sub)) {
        const std::string name = agnameof(sub);
        if (name.rfind("cluster_", 0) == 0) {
            const boxf bb = GD_bb(sub);
            const textlabel_t* lab = GD_label(sub);
            out += "cluster " + name + " " + f.x(bb.LL.x) + " " + f.y(bb.UR.y) + " " +
                   fmt(bb.UR.x - bb.LL.x) + " " + fmt(bb.UR.y - bb.LL.y) + " " +
                   (lab && lab->set ? "1 " + f.pt(lab->pos) : "0 0 0") + "\n";
        }
        write_clusters(sub, f, out);
    }
}

std::string layout_lines(Agraph_t* g) {
    const boxf bb = GD_bb(g);
    const Flip f{bb.LL.x, bb.UR.y};
    std::string out = "bounds " + fmt(bb.UR.x - bb.LL.x) + " " + fmt(bb.UR.y - bb.LL.y) + "\n";
    for (Agnode_t* n = agfstnode(g); n; n = agnxtnode(g, n)) {
        out += std::string("node ") + agnameof(n) + " " + f.pt(ND_coord(n)) + " " +
               fmt(ND_width(n) * 72.0) + " " + fmt(ND_height(n) * 72.0) + "\n";
    }
    for (Agnode_t* n = agfstnode(g); n; n = agnxtnode(g, n))
        for (Agedge_t* e = agfstout(g, n); e; e = agnxtout(g, e)) {
            const char* id = agget(e, const_cast<char*>("id"));
            if (!id || !*id) continue;
            const splines* spl = ED_spl(e);
            if (!spl || spl->size < 1) continue;
            const bezier& bz = spl->list[0];
            const textlabel_t* lab = ED_label(e) && ED_label(e)->set ? ED_label(e) : ED_xlabel(e);
            out += std::string("edge ") + id + " " + (bz.sflag ? "1 " : "0 ") + f.pt(bz.sp) + " " +
                   (bz.eflag ? "1 " : "0 ") + f.pt(bz.ep) + " " +
                   (lab && lab->set ? "1 " + f.pt(lab->pos) : "0 0 0") + " " +
                   std::to_string(bz.size);
            for (int i = 0; i < bz.size; ++i)
                out += " " + f.pt(bz.list[i]);
            out += "\n";
        }
    write_clusters(g, f, out);
    return out;
}

} // namespace

GvOutcome gv_layout_lines(const std::string& dot) {
    std::lock_guard lock(gv_mutex());
    GvOutcome r;
    Laid laid(dot);
    if (!laid.graph()) {
        r.error = laid.error();
        return r;
    }
    r.data = layout_lines(laid.graph());
    r.ok = true;
    return r;
}

GvOutcome gv_render(const std::string& dot, const std::string& format) {
    std::lock_guard lock(gv_mutex());
    GvOutcome r;
    const std::string device = format == "svg"   ? "svg"
                               : format == "pdf" ? "pdf:cairo"
                               : format == "png" ? "png:cairo"
                                                 : "";
    if (device.empty()) {
        r.error = "okänt format: " + format;
        return r;
    }
    Laid laid(dot);
    if (!laid.graph()) {
        r.error = laid.error();
        return r;
    }
    // A paper page ("skm_paper" = "W,H" inches): scale the drawing to fit inside the margins and
    // pad it out to exactly the sheet, centred. Needs the drawing's size, hence a second layout.
    if (const char* paper = agget(laid.graph(), const_cast<char*>("skm_paper")); paper && *paper) {
        double pw = 0, ph = 0, margin = 0;
        if (std::sscanf(paper, "%lf,%lf,%lf", &pw, &ph, &margin) == 3 && pw > 2 * margin &&
            ph > 2 * margin) {
            const boxf bb = GD_bb(laid.graph());
            const double bw = (bb.UR.x - bb.LL.x) / 72.0, bh = (bb.UR.y - bb.LL.y) / 72.0;
            if (bw > 0 && bh > 0) {
                // The page is (drawing + 2·pad)·zoom, with zoom = min(size / (drawing + 2·pad))
                // and no device margin: choose pad so that both quotients equal the wanted zoom.
                double zoom = std::min((pw - 2 * margin) / bw, (ph - 2 * margin) / bh);
                zoom = std::min(zoom, 1.6); // small maps grow for the projector, not without end
                char size[64], pad[64];
                std::snprintf(size, sizeof size, "%.4f,%.4f!", pw, ph);
                std::snprintf(pad, sizeof pad, "%.4f,%.4f", (pw / zoom - bw) / 2,
                              (ph / zoom - bh) / 2);
                agsafeset(laid.graph(), const_cast<char*>("size"), size, const_cast<char*>(""));
                agsafeset(laid.graph(), const_cast<char*>("pad"), pad, const_cast<char*>(""));
                agsafeset(laid.graph(), const_cast<char*>("margin"), const_cast<char*>("0"),
                          const_cast<char*>(""));
                if (!laid.relayout()) {
                    r.error = laid.error();
                    return r;
                }
            }
        }
    }
    char* data = nullptr;
    unsigned int length = 0;
    if (gvRenderData(context(), laid.graph(), device.c_str(), &data, &length) != 0 || !data) {
        if (data) gvFreeRenderData(data);
        r.error = explain("Graphviz kunde inte skriva " + format);
        return r;
    }
    r.data.assign(data, length);
    gvFreeRenderData(data);
    r.ok = true;
    return r;
}

} // namespace skm::render::detail
