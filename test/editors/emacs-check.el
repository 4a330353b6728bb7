;;; emacs-check.el --- run by emacs.test.mjs in Emacs --batch after editors/emacs/briefing-eglot.el  -*- lexical-binding: t; -*-

;; Opens the fixtures as a user would, uses what a user would (imenu, eldoc's hover, M-.) and
;; writes what Emacs shows to $BRIEFING_RESULT as JSON; the Node test asserts on it.  Each step
;; polls with a deadline, so a server that does not answer fails that step only.

(require 'json)
(require 'xref)

(defconst check-timeout 15 "Seconds a step may wait for the server.")
(defvar check-steps nil "The steps' results, newest first: (NAME . VALUE).")

(defmacro check-step (name &rest body)
  "Run BODY as step NAME and keep its value, or the error it signalled."
  (declare (indent 1))
  `(push (cons ,name (condition-case err (progn ,@body)
                       (error (list (cons 'error (error-message-string err))))))
         check-steps))

(defun check-until (what predicate)
  "Let the server's messages in until PREDICATE holds; signal an error naming WHAT at the deadline."
  (let ((deadline (+ (float-time) check-timeout)) value)
    (while (and (not (setq value (funcall predicate))) (< (float-time) deadline))
      (accept-process-output nil 0.02))
    (or value (error "Timed out waiting for %s" what))))

(defun check-open (file)
  "Visit FILE and let eglot-ensure connect, as the command loop would after the visiting command."
  (find-file file)
  (run-hooks 'post-command-hook)
  (check-until (format "eglot to manage %s" file) (lambda () (and (bound-and-true-p eglot--managed-mode) (eglot-current-server)))))

(defun check-goto (line column)
  "Move to LINE (1-based) and COLUMN (characters)."
  (goto-char (point-min))
  (forward-line (1- line))
  (forward-char column))

(defun check-imenu-names (index)
  "INDEX, imenu's alist, as nested lists of names."
  (mapcar (lambda (entry) (if (imenu--subalist-p entry) (cons (car entry) (check-imenu-names (cdr entry))) (car entry)))
          index))

(defun check-symbols ()
  "The server's document symbols for the current buffer, asked directly."
  (jsonrpc-request (eglot--current-server-or-lose) :textDocument/documentSymbol
                   (list :textDocument (eglot--TextDocumentIdentifier))))

(check-step 'attach
  (check-open "harbour.zh.txt")
  (list (cons 'mode (symbol-name major-mode))
        (cons 'languageId (eglot--language-id (eglot-current-server)))
        ;; eglot 1.9 has no version variable: the package's folder names it (eglot-1.9).
        (cons 'eglot (file-name-nondirectory (directory-file-name (file-name-directory (locate-library "eglot")))))))

(check-step 'imenu
  (setq imenu--index-alist nil)
  (check-imenu-names (imenu--make-index-alist t)))

;; Line 7 is 问：联合国安理会下周将讨论什么问题？; the term starts at column 2.
(check-step 'hover
  (check-goto 7 4)
  (let (doc)
    (eglot-hover-eldoc-function (lambda (string &rest _) (setq doc string)))
    (check-until "the hover" (lambda () doc))))

(check-step 'definition
  (check-goto 7 9)
  (call-interactively #'xref-find-definitions)
  (check-until "M-. to reach harbour.en.txt" (lambda () (string-suffix-p "harbour.en.txt" (or buffer-file-name ""))))
  (list (cons 'file (file-name-nondirectory buffer-file-name))
        (cons 'line (line-number-at-pos))
        (cons 'text (buffer-substring-no-properties (line-beginning-position) (line-end-position)))))

;; A text file that is no transcript: eglot manages it (the server runs for the project's text
;; files) and the server answers nothing, without error.
(check-step 'notes
  (find-file "notes.txt")
  (check-until "eglot to manage notes.txt" (lambda () (bound-and-true-p eglot--managed-mode)))
  (list (cons 'count (length (check-symbols)))))

(check-step 'briefingFile
  (check-open "visit.briefing")
  (list (cons 'mode (symbol-name major-mode))
        (cons 'languageId (eglot--language-id (eglot-current-server)))
        (cons 'names (mapcar (lambda (s) (plist-get s :name)) (check-symbols)))))

(with-temp-file (getenv "BRIEFING_RESULT")
  (insert (json-encode (list (cons 'version emacs-version) (cons 'steps check-steps)))))
(kill-emacs 0)
;;; emacs-check.el ends here
