// The console works without this file; with it, dates are shown in the browser's own time zone.
(function () {
  try {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone && document.cookie.indexOf('counterpart-tz=' + zone) === -1) {
      // Unencoded: a zone name (Asia/Bangkok) is a valid cookie value, and the server reads it as it is.
      document.cookie = 'counterpart-tz=' + zone + '; path=/console; max-age=31536000; samesite=lax; secure';
    }
  } catch (e) {
    // An old browser without Intl: the country's zone is used, as the footer says.
  }
  var print = document.querySelector('[data-print]');
  if (print) {
    print.addEventListener('click', function () { window.print(); });
  }
  // A file larger than the counterpart accepts is refused before it is sent, with the limit said.
  var file = document.getElementById('message-file');
  if (file) {
    file.addEventListener('change', function () {
      var tooLarge = file.files.length > 0 && file.files[0].size > Number(file.getAttribute('data-max-bytes'));
      document.getElementById('message-file-error').hidden = !tooLarge;
      file.setCustomValidity(tooLarge ? document.getElementById('message-file-error').textContent : '');
    });
  }
  document.body.addEventListener('htmx:responseError', function (event) {
    if (event.detail.xhr.status === 499) {
      window.location.reload();
    }
  });
  document.body.addEventListener('htmx:xhr:progress', function (event) {
    var bar = document.getElementById('message-progress');
    if (bar && event.detail.lengthComputable) {
      bar.hidden = false;
      bar.previousElementSibling.hidden = false;
      bar.value = Math.round(100 * event.detail.loaded / event.detail.total);
    }
  });
  var summary = document.getElementById('error-summary');
  if (summary) {
    summary.focus();
  }
})();
