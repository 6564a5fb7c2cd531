#include "figure_scene.hpp"

#include <algorithm>

namespace skm::exports::figure {

void Scene::begin(std::string id, std::string cls, std::string tip) {
    Item it;
    it.kind = Item::Kind::Begin;
    it.id = std::move(id);
    it.cls = std::move(cls);
    it.text = std::move(tip);
    items.push_back(std::move(it));
}

void Scene::end() {
    Item it;
    it.kind = Item::Kind::End;
    items.push_back(std::move(it));
}

void Scene::rect(Rect r, Paint p, double radius) {
    Item it;
    it.kind = Item::Kind::Rect;
    it.rect = r;
    it.paint = p;
    it.radius = radius;
    items.push_back(std::move(it));
}

void Scene::ellipse(Rect r, Paint p) {
    Item it;
    it.kind = Item::Kind::Ellipse;
    it.rect = r;
    it.paint = p;
    items.push_back(std::move(it));
}

void Scene::polygon(std::vector<Point> pts, Paint p) {
    Item it;
    it.kind = Item::Kind::Polygon;
    it.points = std::move(pts);
    it.paint = p;
    items.push_back(std::move(it));
}

void Scene::polyline(std::vector<Point> pts, Paint p) {
    Item it;
    it.kind = Item::Kind::Polyline;
    it.points = std::move(pts);
    it.paint = p;
    items.push_back(std::move(it));
}

void Scene::bezier(std::vector<Point> pts, Paint p) {
    Item it;
    it.kind = Item::Kind::Bezier;
    it.points = std::move(pts);
    it.paint = p;
    items.push_back(std::move(it));
}

void Scene::text(std::string line, Point baseline, double size, Rgba color, TextAnchor a,
                 bool bold) {
    if (line.empty()) return;
    Item it;
    it.kind = Item::Kind::Text;
    it.text = std::move(line);
    it.pos = baseline;
    it.size = size;
    it.paint.fill = color;
    it.anchor = a;
    it.bold = bold;
    items.push_back(std::move(it));
}

void Scene::clip(Rect r) {
    Item it;
    it.kind = Item::Kind::ClipBegin;
    it.rect = r;
    items.push_back(std::move(it));
}

void Scene::unclip() {
    Item it;
    it.kind = Item::Kind::ClipEnd;
    items.push_back(std::move(it));
}

double Scene::smallest_text() const {
    double s = 0;
    for (const auto& it : items)
        if (it.kind == Item::Kind::Text) s = s == 0 ? it.size : std::min(s, it.size);
    return s;
}

} // namespace skm::exports::figure
