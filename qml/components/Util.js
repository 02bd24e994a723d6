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
