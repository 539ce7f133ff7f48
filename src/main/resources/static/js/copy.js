/*
 * Copy buttons, as progressive enhancement: every element marked data-copy="Button label" gets a button that
 * copies its text. Without JavaScript the text is still shown and selectable. No inline script or style is used,
 * so the page works under a Content-Security-Policy without 'unsafe-inline'. The messages come from the script
 * element's data attributes (rendered from messages.properties).
 */
(function () {
  'use strict';
  var script = document.currentScript;
  var copiedMessage = (script && script.getAttribute('data-copied')) || 'Copied';
  var selectedMessage = (script && script.getAttribute('data-copy-failed')) || 'Selected: press Ctrl+C to copy';

  function select(element) {
    var range = document.createRange();
    range.selectNodeContents(element);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  // The Clipboard API needs a secure context; elsewhere the old command may still work, and if it does not
  // the text is left selected for the reader to copy.
  function copy(element) {
    var text = element.textContent;
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    select(element);
    var copied = false;
    try {
      copied = document.execCommand('copy');
    } catch (ignored) {
      copied = false;
    }
    return copied ? Promise.resolve() : Promise.reject(new Error('not copied'));
  }

  Array.prototype.forEach.call(document.querySelectorAll('[data-copy]'), function (element) {
    var actions = document.createElement('span');
    actions.className = 'copy-actions';
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy';
    button.textContent = element.getAttribute('data-copy');
    var status = document.createElement('span');
    status.className = 'copy-status';
    status.setAttribute('role', 'status');
    button.addEventListener('click', function () {
      status.textContent = '';
      copy(element).then(function () {
        status.textContent = copiedMessage;
      }, function () {
        select(element);
        status.textContent = selectedMessage;
      });
    });
    actions.appendChild(button);
    actions.appendChild(status);
    element.insertAdjacentElement('afterend', actions);
  });
}());
