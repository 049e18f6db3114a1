// Material's drawer and search toggles are hidden checkboxes. Firefox restores a checkbox's
// state when a page is shown again from history; Material stops that with autocomplete="off",
// which HTML does not allow on checkboxes (hooks/theme_toggles.py removes it). Unchecking both
// when a page is shown again keeps the menu and search closed, as Material intends.
window.addEventListener("pageshow", function () {
  ["__drawer", "__search"].forEach(function (id) {
    var toggle = document.getElementById(id);
    if (toggle && toggle.checked) {
      toggle.checked = false;
      toggle.dispatchEvent(new Event("change"));
    }
  });
});
