// The search facets sit above the results on narrow screens: there they start folded
// ("Saring hasil"), so the results are one tap away; on wide screens they stay open beside them.
(function () {
    "use strict";
    var fold = document.querySelector(".search-facets__fold");
    if (!fold) {
        return;
    }
    var narrow = window.matchMedia("(max-width: 60rem)");
    function sync() {
        fold.open = !narrow.matches;
    }
    sync();
    narrow.addEventListener("change", sync);
})();
