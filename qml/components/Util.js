.pragma library

// Roles holding lists come from C++ models as arrays; a QML ListModel (tests, mock data) turns
// them into nested ListModels. Views read both through these helpers.
function list(value) {
    if (!value)
        return [];
    if (Array.isArray(value))
        return value;
    if (value.count !== undefined && typeof value.get === "function") {
        var out = [];
        for (var i = 0; i < value.count; ++i)
            out.push(value.get(i));
        return out;
    }
    if (value.length !== undefined) {
        var arr = [];
        for (var j = 0; j < value.length; ++j)
            arr.push(value[j]);
        return arr;
    }
    return [];
}

// True for a map role that holds something ({} means "none" in the model contract).
function present(map, key) {
    return !!map && map[key] !== undefined && map[key] !== null && map[key] !== "";
}

function clamp(v, lo, hi) {
    return Math.max(lo, Math.min(hi, v));
}

// The plain text of a model's rich-text name (custom emoji <img> dropped), for initials and
// spoken names.
function plain(html) {
    if (!html)
        return "";
    return String(html).replace(/<[^>]*>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">")
        .replace(/&quot;/g, "\"").replace(/&#39;/g, "'").replace(/&amp;/g, "&").trim();
}

// A stable colour for an account (its id, else its name): the same person always gets the same tile.
function accountHue(key) {
    var h = 0;
    var s = String(key || "");
    for (var i = 0; i < s.length; ++i)
        h = (h * 31 + s.charCodeAt(i)) % 360;
    return h / 360;
}

// The height a Column of `items` will have: a Column only sets its implicit height when it
// positions its children (at the next polish), which is too late for a ListView delegate whose
// height the list reads as soon as it is created. A binding on this follows the children at once.
function stackHeight(items, spacing) {
    var h = 0;
    var n = 0;
    for (var i = 0; i < items.length; ++i) {
        var item = items[i];
        if (!item.visible)
            continue;
        h += item.height;
        ++n;
    }
    return n > 0 ? h + spacing * (n - 1) : 0;
}
