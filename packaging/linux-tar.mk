# Install Storylens from this unpacked archive (the layout `fyne package --target linux` writes).
#   sudo make install        into /usr/local (PREFIX=/usr/local)
#   sudo make uninstall
#   make user-install        into ~/.local (no root)
#   make user-uninstall
PREFIX ?= /usr/local
APPID := @APPID@

default:
	@sed -n '2,5p' Makefile

install:
	install -Dm0755 usr/local/bin/storylens $(DESTDIR)$(PREFIX)/bin/storylens
	install -Dm0644 usr/local/share/applications/$(APPID).desktop $(DESTDIR)$(PREFIX)/share/applications/$(APPID).desktop
	install -Dm0644 usr/local/share/pixmaps/$(APPID).png $(DESTDIR)$(PREFIX)/share/pixmaps/$(APPID).png
	install -Dm0644 LICENSES.txt $(DESTDIR)$(PREFIX)/share/doc/storylens/LICENSES.txt

uninstall:
	-rm -f $(DESTDIR)$(PREFIX)/bin/storylens $(DESTDIR)$(PREFIX)/share/applications/$(APPID).desktop \
		$(DESTDIR)$(PREFIX)/share/pixmaps/$(APPID).png $(DESTDIR)$(PREFIX)/share/doc/storylens/LICENSES.txt
	-rmdir $(DESTDIR)$(PREFIX)/share/doc/storylens

user-install:
	install -Dm0755 usr/local/bin/storylens $(HOME)/.local/bin/storylens
	install -Dm0644 usr/local/share/pixmaps/$(APPID).png $(HOME)/.local/share/icons/$(APPID).png
	install -Dm0644 usr/local/share/applications/$(APPID).desktop $(HOME)/.local/share/applications/$(APPID).desktop
	sed -i 's,^Exec=storylens,Exec=$(HOME)/.local/bin/storylens,' $(HOME)/.local/share/applications/$(APPID).desktop

user-uninstall:
	-rm -f $(HOME)/.local/bin/storylens $(HOME)/.local/share/icons/$(APPID).png \
		$(HOME)/.local/share/applications/$(APPID).desktop

.PHONY: default install uninstall user-install user-uninstall
