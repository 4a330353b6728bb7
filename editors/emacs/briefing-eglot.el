;;; briefing-eglot.el --- Briefing Transcripts language server with eglot  -*- lexical-binding: t; -*-

;; Emacs 28 with eglot 1.9 (Debian: apt install elpa-eglot; or M-x package-install RET eglot),
;; and Emacs 29 or later, where eglot is built in.
;;
;; Use: put this file on your `load-path' and add (require 'briefing-eglot) to your init file, or
;; try it alone: emacs -l briefing-eglot.el talk.zh.txt
;;
;; *.briefing files open in `briefing-mode'; transcripts kept in *.txt files stay in `text-mode'.
;; Eglot starts by itself for both (`eglot-ensure'); the server tells a transcript from other
;; text by its content and answers nothing for the rest.  Then:
;;   M-x imenu            the outline (exchanges, turns, numbered points)
;;   eldoc (echo area)    a term's gloss, or the other language's paragraph; C-h . shows it all
;;   M-.                  the same paragraph in the other language's file (M-, comes back)

;;; Code:

;; eglot-server-programs is defined by eglot: without this, adding to it fails with
;; "void-variable eglot-server-programs".
(require 'eglot)

(defgroup briefing nil
  "Press-briefing transcripts in Chinese and English."
  :group 'text)

(defcustom briefing-server-command '("briefing-language-server" "--stdio")
  "How to start the language server: the package's bin, or (\"node\" \"/path/to/server/out/server.js\" \"--stdio\")."
  :type '(repeat string))

(defcustom briefing-settings nil
  "The server's settings, as a plist: (:detectPlainText \"auto\" :outline (:nameLength 40)).
Sent in initializationOptions as {\"briefing\": ...}.  Settings in
`eglot-workspace-configuration' under :briefing, when given, take precedence."
  :type 'plist)

(define-derived-mode briefing-mode text-mode "Briefing"
  "Major mode for press-briefing transcripts (*.briefing files)."
  (visual-line-mode 1))

(add-to-list 'auto-mode-alist '("\\.briefing\\'" . briefing-mode))

(defun briefing--contact (&optional _interactive)
  "The server's command line, read when a server starts, so that later customization counts."
  (append briefing-server-command
          (when briefing-settings
            (list :initializationOptions (list :briefing briefing-settings)))))

;; Two entries, so two servers at most per project: eglot 1.9 gives all buffers of one server the
;; language id of the buffer that started it, and the server trusts "briefing" without looking at
;; the content.  The briefing-mode entry comes first: briefing-mode derives from text-mode, and the
;; first entry that matches a mode wins.
(add-to-list 'eglot-server-programs '((text-mode :language-id "plaintext") . briefing--contact))
(add-to-list 'eglot-server-programs '((briefing-mode :language-id "briefing") . briefing--contact))

(defun briefing--maybe-start-eglot ()
  "Start eglot in briefing-mode, and in text-mode for a *.txt file (only there: not in every
buffer whose mode derives from text-mode, such as Org or commit messages)."
  (when (or (derived-mode-p 'briefing-mode)
            (and (eq major-mode 'text-mode)
                 buffer-file-name
                 (string-match-p "\\.txt\\'" buffer-file-name)))
    (eglot-ensure)))

(add-hook 'text-mode-hook #'briefing--maybe-start-eglot)

(provide 'briefing-eglot)
;;; briefing-eglot.el ends here
