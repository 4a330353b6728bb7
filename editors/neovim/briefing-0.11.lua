-- Briefing Transcripts language server in Neovim 0.11 and later, with vim.lsp.config and
-- vim.lsp.enable (absent before 0.11: use briefing.lua there). It does what briefing.lua does,
-- which CI runs in Debian's Neovim 0.7.2; this file is written against the 0.11 API docs, since
-- no 0.11 build is installable in CI.
--
-- Use: copy this file to ~/.config/nvim/lua/briefing.lua and add require('briefing') to your
-- init.lua (or try it alone: nvim -u briefing-0.11.lua talk.zh.txt). Before it, you may set
--   vim.g.briefing_cmd      = { 'node', '/path/to/server/out/server.js', '--stdio' }
--   vim.g.briefing_settings = { detectPlainText = 'auto', outline = { nameLength = 40 } }
-- The server starts for *.briefing files and for plain text (*.txt): it tells a transcript from
-- other text by its content and answers nothing for the rest.

if vim.fn.has('nvim-0.11') == 0 then
  vim.notify('briefing-0.11.lua needs Neovim 0.11 or later: use briefing.lua with this version.', vim.log.levels.ERROR)
  return
end

-- filetype.lua is the only filetype detection from 0.9 on: vim.filetype.add needs no switch.
vim.filetype.add({ extension = { briefing = 'briefing' } })

local settings = { briefing = vim.g.briefing_settings or vim.empty_dict() }

vim.lsp.config('briefing', {
  cmd = vim.g.briefing_cmd or { 'briefing-language-server', '--stdio' },
  filetypes = { 'briefing', 'text' },
  -- The workspace the server searches for symbols and glossaries; without a .git above the file,
  -- the server runs for the file alone (the other language version is still found beside it).
  root_markers = { '.git' },
  -- Answered when the server asks (workspace/configuration), and sent at start.
  settings = settings,
  init_options = settings,
})

vim.lsp.enable('briefing')

-- 0.11 maps K (hover) and gO (outline) itself once a server is attached; gd is left to Vim's
-- own meaning unless mapped here, for the other language's paragraph.
vim.api.nvim_create_autocmd('LspAttach', {
  group = vim.api.nvim_create_augroup('briefing', { clear = true }),
  callback = function(args)
    local client = vim.lsp.get_client_by_id(args.data.client_id)
    if client and client.name == 'briefing' then
      vim.keymap.set('n', 'gd', vim.lsp.buf.definition, { buffer = args.buf, silent = true })
    end
  end,
})
